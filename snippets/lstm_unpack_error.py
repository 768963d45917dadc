# Unpacking an LSTM's result into two names,
# as with SimpleRNN, raises ValueError
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
result = lstm(x_data)
print('lstm returns: {} of {}'.format(type(result).__name__, len(result)))

try:
    # the SimpleRNN habit: two names, three values
    outputs, states = lstm(x_data)
except ValueError as error:
    print('{}: {}'.format(type(error).__name__, error))

# the fix: one name per returned tensor
outputs, state_h, state_c = lstm(x_data)
print('outputs shape: {}'.format(outputs.shape))
print('state_h shape: {}'.format(state_h.shape))
print('state_c shape: {}'.format(state_c.shape))
