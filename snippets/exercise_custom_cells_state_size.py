# Exercise: a cell with state_size [3, 5, 1] (h, a running sum of the
# inputs, a step counter). What does layers.RNN return for input
# (2, 7, 5)? Ask Keras: write the cell and run it.
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers, ops

keras.utils.set_random_seed(777)


class ThreeStateCell(layers.Layer):
    def __init__(self, units, input_dim, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = [units, input_dim, 1]  # h, sums, steps
        self.output_size = units  # the output is h

    def build(self, input_shape):  # (batch, input_dim): one time step
        self.kernel = self.add_weight(
            shape=(input_shape[-1], self.units), name='kernel')
        self.recurrent_kernel = self.add_weight(
            shape=(self.units, self.units), name='recurrent_kernel')

    def call(self, inputs, states):
        h_prev, sums_prev, steps_prev = states
        h = ops.tanh(ops.matmul(inputs, self.kernel)
                     + ops.matmul(h_prev, self.recurrent_kernel))
        return h, [h, sums_prev + inputs, steps_prev + 1]


x = np.random.default_rng(0).normal(size=(2, 7, 5)).astype('float32')
cell = ThreeStateCell(units=3, input_dim=5)
rnn = layers.RNN(cell, return_sequences=True, return_state=True)
result = rnn(x)  # outputs, then one tensor per state

print('tensors returned: {}'.format(len(result)))
for name, tensor in zip(['outputs', 'h', 'sums', 'steps'], result):
    print('{} shape: {}'.format(name, tuple(tensor.shape)))
print('steps: {}'.format(np.asarray(result[3]).ravel()))
