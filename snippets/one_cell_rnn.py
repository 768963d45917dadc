# One cell RNN input_dim (4) -> output_dim (2)
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

# fixes the initial weights, so every run prints the same numbers
keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h]], dtype=np.float32)

hidden_size = 2
cell = layers.SimpleRNNCell(units=hidden_size)  # creating SimpleRNNCell
# analogous to tf.nn.dynamic_rnn
rnn = layers.RNN(cell, return_sequences=True, return_state=True)
outputs, states = rnn(x_data)

print('x_data: {}, shape: {}'.format(x_data, x_data.shape))
print('outputs: {}, shape: {}'.format(outputs, outputs.shape))
print('states: {}, shape: {}'.format(states, states.shape))
