# A SimpleRNN cell written by hand, run over "hello" by keras.layers.RNN
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers, ops

keras.utils.set_random_seed(777)


class MinimalRNNCell(layers.Layer):
    """One step: h_t = tanh(x_t . kernel + bias + h_{t-1} . recurrent)."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = units  # one state: a vector of `units` numbers

    def build(self, input_shape):  # (batch, input_dim): one time step
        input_dim = input_shape[-1]
        self.kernel = self.add_weight(
            shape=(input_dim, self.units), initializer='glorot_uniform',
            name='kernel')
        self.recurrent_kernel = self.add_weight(
            shape=(self.units, self.units), initializer='orthogonal',
            name='recurrent_kernel')
        self.bias = self.add_weight(
            shape=(self.units,), initializer='zeros', name='bias')

    def call(self, inputs, states):
        h_prev = states[0]  # states is a list: one tensor per state
        h = ops.tanh(ops.matmul(inputs, self.kernel) + self.bias
                     + ops.matmul(h_prev, self.recurrent_kernel))
        return h, [h]  # (output, new states)


h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]
x_data = np.array([[h, e, l, l, o]], dtype=np.float32)  # (1, 5, 4)

hidden_size = 2
cell = MinimalRNNCell(hidden_size)
rnn = layers.RNN(cell, return_sequences=True, return_state=True)
outputs, states = rnn(x_data)
print('outputs: {}, shape: {}'.format(outputs, outputs.shape))
print('states: {}, shape: {}\n'.format(states, states.shape))

# SimpleRNN with the hand-written cell's weights: the same numbers
for weight in cell.weights:
    print('{}: shape {}'.format(weight.name, weight.shape))
simple_rnn = layers.SimpleRNN(hidden_size, return_sequences=True,
                              return_state=True)
simple_rnn.build(x_data.shape)
simple_rnn.set_weights(cell.get_weights())
simple_outputs, simple_states = simple_rnn(x_data)
print('\nSimpleRNN outputs: {}'.format(simple_outputs))
print('np.allclose(outputs, simple_outputs): {}'.format(
    np.allclose(outputs, simple_outputs)))
print('max abs difference: {}'.format(
    np.max(np.abs(np.asarray(outputs) - np.asarray(simple_outputs)))))
