# GRU(return_sequences=True, return_state=True) returns two tensors:
# outputs and the final state
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)

hidden_size = 2
gru = layers.GRU(units=hidden_size, return_sequences=True, return_state=True)
# two names, as with SimpleRNN: GRU has one state
outputs, states = gru(x_data)

print('outputs: {}, shape: {}'.format(outputs, outputs.shape))
print('states: {}, shape: {}\n'.format(states, states.shape))

# a GRU's state is its output, so the final state is the last step of outputs
print('outputs[:, -1]: {}'.format(outputs[:, -1]))
print('states == outputs[:, -1]: {}'.format(
    np.array_equal(states, outputs[:, -1])))
