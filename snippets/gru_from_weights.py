# GRU by hand: cut get_weights() into the blocks z, r, h and the
# two bias rows of reset_after=True, then recompute "hello" in NumPy
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
gru = layers.GRU(  # reset_after=True is the default
    units=hidden_size, return_sequences=True, return_state=True
)
gru.build(x_data.shape)
kernel, recurrent_kernel, bias = gru.get_weights()
# The biases start at zero, where their layout would not show:
# give them random values, so that the two rows differ
bias = np.random.normal(size=bias.shape).astype(np.float32)
gru.set_weights([kernel, recurrent_kernel, bias])
outputs, states = gru(x_data)

print('reset_after: {}'.format(gru.reset_after))
print('kernel: {}, recurrent_kernel: {}, bias: {}'.format(
    kernel.shape, recurrent_kernel.shape, bias.shape))
input_bias, recurrent_bias = bias  # row 0: b (input side), row 1: b'
print('input_bias: {}, recurrent_bias: {}\n'.format(
    input_bias.shape, recurrent_bias.shape))


def split_gates(order, input_bias=input_bias,
                recurrent_bias=recurrent_bias):
    """Each block's (W, U, b, b'), reading the blocks in the given order."""
    gates = {}
    for k, gate in enumerate(order):
        cols = slice(k * hidden_size, (k + 1) * hidden_size)
        gates[gate] = (kernel[:, cols], recurrent_kernel[:, cols],
                       input_bias[cols], recurrent_bias[cols])
    return gates


gates = split_gates('zrh')  # Keras's order
for k, gate in enumerate(gates):
    print('{}: columns {}:{}'.format(
        gate, k * hidden_size, (k + 1) * hidden_size))


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gru_step(gates, x_t, h_prev):
    """One time step: x_t (1, 4), h_{t-1} (1, 2) -> h_t (1, 2)."""
    def parts(gate):  # the input side and the hidden-state side
        W, U, b, b_rec = gates[gate]
        return x_t @ W + b, h_prev @ U + b_rec
    z_t = sigmoid(sum(parts('z')))
    r_t = sigmoid(sum(parts('r')))
    from_x, from_h = parts('h')
    h_tilde = np.tanh(from_x + r_t * from_h)  # r after the product
    return z_t * h_prev + (1 - z_t) * h_tilde


h_0 = np.zeros((1, hidden_size), dtype=np.float32)
h_1 = gru_step(gates, x_data[:, 0, :], h_0)
print('\nNumPy h_1: {}'.format(h_1))
print('Keras outputs[:, 0]: {}'.format(outputs[:, 0]))
print('max abs difference: {}\n'.format(
    np.max(np.abs(h_1 - outputs[:, 0]))))


def gru_sequence(gates):
    """All of x_data, one step at a time: outputs (1, 5, 2)."""
    h_t = h_0
    steps = []
    for t in range(x_data.shape[1]):
        h_t = gru_step(gates, x_data[:, t, :], h_t)
        steps.append(h_t)
    return np.stack(steps, axis=1)


numpy_outputs = gru_sequence(gates)
print('numpy_outputs: {}'.format(numpy_outputs.shape))
print('outputs: max abs difference {}'.format(
    np.max(np.abs(numpy_outputs - outputs))))
print('states: max abs difference {}'.format(
    np.max(np.abs(numpy_outputs[:, -1] - states))))

# The same weights read in another order (r, z, h): not this GRU
wrong_outputs = gru_sequence(split_gates('rzh'))
print('\norder r, z, h: max abs difference {}'.format(
    np.max(np.abs(wrong_outputs - outputs))))
# ... or with the two bias rows swapped
swapped_outputs = gru_sequence(split_gates('zrh', recurrent_bias,
                                           input_bias))
print('bias rows swapped: max abs difference {}'.format(
    np.max(np.abs(swapped_outputs - outputs))))
