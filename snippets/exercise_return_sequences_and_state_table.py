# Exercise: SimpleRNN(units=3) on input (2, 7, 4). What does each
# combination of return_sequences and return_state return?
import numpy as np

x_data = np.zeros((2, 7, 4), dtype=np.float32)  # the numbers do not matter
batch_size, sequence_length, input_dimension = x_data.shape
hidden_size = 3

for return_sequences in (False, True):
    for return_state in (False, True):
        if return_sequences:
            output = (batch_size, sequence_length, hidden_size)
        else:
            output = (batch_size, hidden_size)
        shapes = [output]
        if return_state:
            shapes.append((batch_size, hidden_size))  # the last h
        print('return_sequences={!s:<5} return_state={!s:<5} -> {}'.format(
            return_sequences, return_state, shapes))
