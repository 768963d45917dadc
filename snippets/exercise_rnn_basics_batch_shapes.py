# Exercise: 4 words of 6 characters into SimpleRNN(units=3). What shapes
# do the input, outputs and states have? Ask Keras: run the layer.
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

alphabet = 'helo'
words = ['hehehe', 'lolloh', 'hoolee', 'elloho']

# a one-hot row per character: (batch_size, sequence_length, input_dimension)
x_data = np.eye(len(alphabet), dtype=np.float32)[
    [[alphabet.index(c) for c in word] for word in words]]

rnn = layers.SimpleRNN(units=3, return_sequences=True, return_state=True)
outputs, states = rnn(x_data)
print('x_data shape: {}'.format(x_data.shape))
print('outputs shape: {}'.format(outputs.shape))
print('states shape: {}'.format(states.shape))
