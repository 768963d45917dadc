# One cell RNN input_dim (4) -> output_dim (2). sequence: 5
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
rnn = layers.SimpleRNN(
    units=hidden_size, return_sequences=True, return_state=True
)
outputs, states = rnn(x_data)

print('x_data: {}, shape: {} \n'.format(x_data, x_data.shape))
print('outputs: {}, shape: {} \n'.format(outputs, outputs.shape))
print('states: {}, shape: {} \n'.format(states, states.shape))

# states is the hidden state after the last
# character 'o': the last time step of outputs
print('outputs[:, -1]: {}'.format(outputs[:, -1]))
print('states == outputs[:, -1]: {}'.format(
    np.array_equal(states, outputs[:, -1])))
