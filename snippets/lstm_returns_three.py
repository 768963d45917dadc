# LSTM(return_sequences=True, return_state=True) returns three tensors:
# outputs, the final h and the final c
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
lstm = layers.LSTM(units=hidden_size,
                   return_sequences=True, return_state=True)
# three names: LSTM has two states, h and c
outputs, state_h, state_c = lstm(x_data)

print('outputs: {}, shape: {}'.format(outputs, outputs.shape))
print('state_h: {}, shape: {}'.format(state_h, state_h.shape))
print('state_c: {}, shape: {}\n'.format(state_c, state_c.shape))

# h is what the LSTM outputs at each step:
# the final h is the last step of outputs
print('outputs[:, -1]: {}'.format(outputs[:, -1]))
print('state_h == outputs[:, -1]: {}'.format(
    np.array_equal(state_h, outputs[:, -1])))
# c is the cell state, kept inside the cell: it is never one of the outputs
print('state_c == outputs[:, -1]: {}'.format(
    np.array_equal(state_c, outputs[:, -1])))
