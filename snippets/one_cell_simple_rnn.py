# equivalent to one_cell_rnn.py: layers.SimpleRNN
# = layers.SimpleRNNCell + layers.RNN
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)  # the same seed as one_cell_rnn.py

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h]], dtype=np.float32)

hidden_size = 2
rnn = layers.SimpleRNN(units=hidden_size, return_sequences=True,
                       return_state=True)  # layers.SimpleRNNCell + layers.RNN
outputs, states = rnn(x_data)

print('x_data: {}, shape: {}'.format(x_data, x_data.shape))
print('outputs: {}, shape: {}'.format(outputs, outputs.shape))
print('states: {}, shape: {}'.format(states, states.shape))
