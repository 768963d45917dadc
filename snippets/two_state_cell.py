# A cell with two states, like LSTM's h and c: a SimpleRNN step plus a
# second state that counts how often each character has been read
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers, ops

keras.utils.set_random_seed(777)


class CountingRNNCell(layers.Layer):
    """h_t as in SimpleRNN; counts_t = counts_{t-1} + x_t."""

    def __init__(self, units, input_dim, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = [units, input_dim]  # two states: h and counts
        self.output_size = units  # what the cell outputs at each step: h

    def build(self, input_shape):  # (batch, input_dim): one time step
        self.kernel = self.add_weight(
            shape=(input_shape[-1], self.units),
            initializer='glorot_uniform', name='kernel')
        self.recurrent_kernel = self.add_weight(
            shape=(self.units, self.units), initializer='orthogonal',
            name='recurrent_kernel')
        self.bias = self.add_weight(
            shape=(self.units,), initializer='zeros', name='bias')

    def call(self, inputs, states):
        h_prev, counts_prev = states  # one tensor per entry of state_size
        h = ops.tanh(ops.matmul(inputs, self.kernel) + self.bias
                     + ops.matmul(h_prev, self.recurrent_kernel))
        counts = counts_prev + inputs  # a one-hot input adds 1 to its count
        return h, [h, counts]


h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]
words = ['hello', 'eolll', 'lleel']
x_data = np.array([[h, e, l, l, o],
                   [e, o, l, l, l],
                   [l, l, e, e, l]], dtype=np.float32)  # (3, 5, 4)

cell = CountingRNNCell(units=2, input_dim=4)
rnn = layers.RNN(cell, return_sequences=True, return_state=True)
result = rnn(x_data)
print('tensors returned: {}'.format(len(result)))
outputs, state_h, counts = result
print('outputs shape: {}'.format(outputs.shape))
print('state_h shape: {}'.format(state_h.shape))
print('counts shape: {}\n'.format(counts.shape))
print('state_h is the last step of outputs: {}\n'.format(
    np.array_equal(state_h, outputs[:, -1])))
print('counts of h, e, l, o:')
for word, row in zip(words, np.asarray(counts)):
    print('{}: {}'.format(word, row))
