# Exercise: SimpleRNN(units=3) on input (2, 7, 4). What does each
# combination of return_sequences and return_state return?
batch_size, sequence_length, input_dimension = 2, 7, 4
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
