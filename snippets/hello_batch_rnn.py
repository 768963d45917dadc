# One cell RNN input_dim (4) -> output_dim (2). sequence: 5, batch: 3
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

# 3 words in one batch: 'hello', 'eolll', 'lleel'
x_data = np.array([[h, e, l, l, o],
                   [e, o, l, l, l],
                   [l, l, e, e, l]], dtype=np.float32)

hidden_size = 2
rnn = layers.SimpleRNN(
    units=hidden_size, return_sequences=True, return_state=True
)
outputs, states = rnn(x_data)

print('x_data: {}, shape: {} \n'.format(x_data, x_data.shape))
print('outputs: {}, shape: {} \n'.format(outputs, outputs.shape))
print('states: {}, shape: {} \n'.format(states, states.shape))

# one final hidden state per word: row i of
# states is the last time step of word i
print('outputs[:, -1]: {}'.format(outputs[:, -1]))
print('states == outputs[:, -1]: {}'.format(
    np.array_equal(states, outputs[:, -1])))
