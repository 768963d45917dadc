# Exercise: LSTM with return_state=True but return_sequences=False.
# How many tensors, which shapes, and which of them are equal?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)

lstm = layers.LSTM(units=2, return_state=True)  # return_sequences=False
result = lstm(x_data)
print('number of tensors: {}'.format(len(result)))
output, state_h, state_c = result
print('shapes: {}, {}, {}'.format(output.shape, state_h.shape, state_c.shape))
# without the time axis, the output is the last h
print('output == state_h: {}'.format(np.array_equal(output, state_h)))
print('output == state_c: {}'.format(np.array_equal(output, state_c)))
