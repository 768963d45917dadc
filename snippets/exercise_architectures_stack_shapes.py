# Exercise: the shapes through Bidirectional(LSTM(4, return_sequences=True))
# -> LSTM(3) -> Dense(5), for input (8, 10, 6), asked of Keras
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

x = np.zeros((8, 10, 6), dtype=np.float32)  # batch 8, 10 steps, 6 features
stack = [layers.Bidirectional(layers.LSTM(4, return_sequences=True)),
         layers.LSTM(3),
         layers.Dense(5)]

print('input: {}'.format(x.shape))
shapes = [x.shape]
for layer in stack:
    x = layer(x)  # build the layer and run it on the previous output
    shapes.append(tuple(x.shape))
    print('{}: {}'.format(type(layer).__name__, tuple(x.shape)))
