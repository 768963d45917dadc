# Unpacking an LSTM's return value into two names, as with SimpleRNN, fails
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
lstm = layers.LSTM(units=hidden_size, return_sequences=True, return_state=True)
result = lstm(x_data)
print('lstm returns: {} of {}'.format(type(result).__name__, len(result)))

try:
    outputs, states = lstm(x_data)  # the SimpleRNN habit: two names for three values
except ValueError as error:
    print('{}: {}'.format(type(error).__name__, error))

outputs, state_h, state_c = lstm(x_data)  # the fix: one name per returned tensor
print('outputs shape: {}, state_h shape: {}, state_c shape: {}'.format(outputs.shape, state_h.shape, state_c.shape))
