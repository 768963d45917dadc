# RNN(SimpleRNNCell) and SimpleRNN compute the same
# thing: give them the same weights and compare
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h]], dtype=np.float32)

hidden_size = 2
cell_rnn = layers.RNN(
    layers.SimpleRNNCell(units=hidden_size),
    return_sequences=True,
    return_state=True,
)
simple_rnn = layers.SimpleRNN(
    units=hidden_size, return_sequences=True, return_state=True
)

# Two layers built one after the other: each
# draws its own random initial weights
cell_outputs, cell_states = cell_rnn(x_data)
simple_outputs_before, _ = simple_rnn(x_data)
simple_weights_before = simple_rnn.get_weights()
print('RNN(SimpleRNNCell) outputs: {}'.format(cell_outputs))
print('SimpleRNN outputs:          {}'.format(simple_outputs_before))
same_kernel = np.array_equal(cell_rnn.get_weights()[0],
                             simple_weights_before[0])
print('same kernel? {}\n'.format(same_kernel))

# Copy the weights (kernel, recurrent_kernel,
# bias) into SimpleRNN and run it again
simple_rnn.set_weights(cell_rnn.get_weights())
simple_outputs, simple_states = simple_rnn(x_data)
print('RNN(SimpleRNNCell) outputs: {}'.format(cell_outputs))
print('SimpleRNN outputs:          {}'.format(simple_outputs))
print('outputs identical: {}'.format(
    np.array_equal(cell_outputs, simple_outputs)))
print('states identical: {}'.format(
    np.array_equal(cell_states, simple_states)))
