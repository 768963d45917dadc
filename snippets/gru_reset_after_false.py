# GRU with reset_after=False: one bias row, and the reset gate
# multiplies h_{t-1} before the recurrent kernel does
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
gru = layers.GRU(units=hidden_size, reset_after=False,
                 return_sequences=True)
gru.build(x_data.shape)
kernel, recurrent_kernel, bias = gru.get_weights()
print('kernel: {}, recurrent_kernel: {}, bias: {}\n'.format(
    kernel.shape, recurrent_kernel.shape, bias.shape))
# random biases (they start at zero), so that they count
bias = np.random.normal(size=bias.shape).astype(np.float32)
gru.set_weights([kernel, recurrent_kernel, bias])
outputs = gru(x_data)

# the blocks z, r, h: (4, 2), (2, 2) and (2,) each
W_z, W_r, W_h = np.split(kernel, 3, axis=1)
U_z, U_r, U_h = np.split(recurrent_kernel, 3, axis=1)
b_z, b_r, b_h = np.split(bias, 3)


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gru_sequence(reset_before):
    """All of x_data; r applied before or after the product with U_h."""
    h_t = np.zeros((1, hidden_size), dtype=np.float32)
    steps = []
    for t in range(x_data.shape[1]):
        x_t = x_data[:, t, :]
        z_t = sigmoid(x_t @ W_z + h_t @ U_z + b_z)
        r_t = sigmoid(x_t @ W_r + h_t @ U_r + b_r)
        if reset_before:  # reset_after=False: (r * h) U_h
            from_h = (r_t * h_t) @ U_h
        else:  # the reset_after=True formula: r * (h U_h)
            from_h = r_t * (h_t @ U_h)
        h_tilde = np.tanh(x_t @ W_h + b_h + from_h)
        h_t = z_t * h_t + (1 - z_t) * h_tilde
        steps.append(h_t)
    return np.stack(steps, axis=1)


reset_before = gru_sequence(reset_before=True)
reset_after = gru_sequence(reset_before=False)
print('(r * h) U_h: max abs difference {}'.format(
    np.max(np.abs(reset_before - outputs))))
print('r * (h U_h): max abs difference {}'.format(
    np.max(np.abs(reset_after - outputs))))
