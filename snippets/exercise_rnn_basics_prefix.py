# Exercise: feed "hell" and "hello" to one SimpleRNN. Which numbers agree?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

hell = np.array([[h, e, l, l]], dtype=np.float32)  # (1, 4, 4)
hello = np.array([[h, e, l, l, o]], dtype=np.float32)  # (1, 5, 4)

rnn = layers.SimpleRNN(units=2, return_sequences=True, return_state=True)
hell_outputs, hell_states = rnn(hell)
hello_outputs, hello_states = rnn(hello)  # the same layer, same weights

print('hell outputs shape: {}, states shape: {}'.format(
    hell_outputs.shape, hell_states.shape))
print('hello outputs shape: {}, states shape: {}'.format(
    hello_outputs.shape, hello_states.shape))
# step t depends only on the characters up to t
print('first 4 steps equal: {}'.format(
    np.allclose(hell_outputs, hello_outputs[:, :4])))
print('hell states == hello outputs[:, 3]: {}'.format(
    np.allclose(hell_states, hello_outputs[:, 3])))
