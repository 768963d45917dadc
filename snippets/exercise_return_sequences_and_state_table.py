# Exercise: SimpleRNN(units=3) on input (2, 7, 4). What does each
# combination of return_sequences and return_state return? Ask Keras:
# build the four layers and run them.
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

x_data = np.zeros((2, 7, 4), dtype=np.float32)  # the numbers do not matter

returned = {}  # (return_sequences, return_state) -> the shapes returned
for return_sequences in (False, True):
    for return_state in (False, True):
        rnn = layers.SimpleRNN(units=3, return_sequences=return_sequences,
                               return_state=return_state)
        result = rnn(x_data)
        # with return_state the layer returns several tensors, else one
        tensors = list(result) if return_state else [result]
        shapes = [tuple(tensor.shape) for tensor in tensors]
        returned[return_sequences, return_state] = shapes
        print('return_sequences={!s:<5} return_state={!s:<5} -> {}'.format(
            return_sequences, return_state, shapes))
