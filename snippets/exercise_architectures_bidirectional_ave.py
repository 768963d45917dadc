# Exercise: Bidirectional(SimpleRNN(3, return_sequences=True),
# merge_mode='ave'). Its output shape, and its parameters next to one
# SimpleRNN(3)
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o],
                   [e, o, l, l, l],
                   [l, l, e, e, l]], dtype=np.float32)

bi = layers.Bidirectional(layers.SimpleRNN(3, return_sequences=True),
                          merge_mode='ave')
single = layers.SimpleRNN(3, return_sequences=True)
print('Bidirectional ave output shape: {}'.format(bi(x_data).shape))
print('SimpleRNN output shape: {}'.format(single(x_data).shape))
# two directions, each with its own weights
print('parameters: {} vs {}'.format(bi.count_params(), single.count_params()))
