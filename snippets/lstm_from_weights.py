# LSTM by hand: cut get_weights() into the gates i, f, c, o,
# then recompute one time step, and all of "hello", in NumPy
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
lstm = layers.LSTM(
    units=hidden_size, return_sequences=True, return_state=True
)
outputs, state_h, state_c = lstm(x_data)

kernel, recurrent_kernel, bias = lstm.get_weights()
print('kernel: {}, recurrent_kernel: {}, bias: {}\n'.format(
    kernel.shape, recurrent_kernel.shape, bias.shape))


def split_gates(order):
    """Each gate's (W, U, b), reading the blocks in the given order."""
    gates = {}
    for k, gate in enumerate(order):
        # block k: columns k*hidden_size up to (k+1)*hidden_size
        cols = slice(k * hidden_size, (k + 1) * hidden_size)
        gates[gate] = (kernel[:, cols], recurrent_kernel[:, cols],
                       bias[cols])
    return gates


gates = split_gates('ifco')  # Keras's order
for k, (gate, (W, U, b)) in enumerate(gates.items()):
    print('{}: columns {}:{}, W {}, U {}, b {}'.format(
        gate, k * hidden_size, (k + 1) * hidden_size,
        W.shape, U.shape, b.shape))


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def lstm_step(gates, x_t, h_prev, c_prev):
    """One time step: (1, 4), (1, 2), (1, 2) -> h_t (1, 2), c_t (1, 2)."""
    def pre(gate):  # x_t W + h_{t-1} U + b: (1, 2)
        W, U, b = gates[gate]
        return x_t @ W + h_prev @ U + b
    i_t = sigmoid(pre('i'))
    f_t = sigmoid(pre('f'))
    c_tilde = np.tanh(pre('c'))
    o_t = sigmoid(pre('o'))
    c_t = f_t * c_prev + i_t * c_tilde  # the cell-state path
    h_t = o_t * np.tanh(c_t)
    return h_t, c_t


# One step: h_0 = c_0 = 0, x_1 is 'h'
h_0 = np.zeros((1, hidden_size), dtype=np.float32)
c_0 = np.zeros((1, hidden_size), dtype=np.float32)
h_1, c_1 = lstm_step(gates, x_data[:, 0, :], h_0, c_0)
print('\nNumPy h_1: {}'.format(h_1))
print('Keras outputs[:, 0]: {}'.format(outputs[:, 0]))
print('max abs difference: {}\n'.format(
    np.max(np.abs(h_1 - outputs[:, 0]))))


def lstm_sequence(gates):
    """All of x_data, one step at a time: outputs (1, 5, 2), h, c."""
    h_t, c_t = h_0, c_0
    steps = []
    for t in range(x_data.shape[1]):
        h_t, c_t = lstm_step(gates, x_data[:, t, :], h_t, c_t)
        steps.append(h_t)
    return np.stack(steps, axis=1), h_t, c_t


numpy_outputs, numpy_h, numpy_c = lstm_sequence(gates)
print('numpy_outputs: {}'.format(numpy_outputs.shape))
for name, mine, keras_value in [('outputs', numpy_outputs, outputs),
                                ('state_h', numpy_h, state_h),
                                ('state_c', numpy_c, state_c)]:
    print('{}: max abs difference {}'.format(
        name, np.max(np.abs(mine - keras_value))))

# The same weights read in another order (i, c, f, o): not this LSTM
wrong_outputs, _, _ = lstm_sequence(split_gates('icfo'))
print('\norder i, c, f, o: max abs difference {}'.format(
    np.max(np.abs(wrong_outputs - outputs))))
