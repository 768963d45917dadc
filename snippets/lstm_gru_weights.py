# Weight shapes and parameter counts of LSTM and GRU (units=2, 4-dim input)
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
lstm = layers.LSTM(units=hidden_size)
gru = layers.GRU(units=hidden_size)  # Keras 3 default: reset_after=True
lstm(x_data)  # the first call builds the weights
gru(x_data)


def show_weights(layer):
    """Each weight's shape; every entry of a weight is one parameter."""
    print('{}:'.format(type(layer).__name__))
    for weight in layer.weights:
        print('  {}: shape: {}'.format(weight.name, weight.shape))
    sizes = sum(int(np.prod(weight.shape)) for weight in layer.weights)
    print('  sum of the weight sizes: {}'.format(sizes))
    print('  count_params(): {}\n'.format(layer.count_params()))


show_weights(lstm)
show_weights(gru)

# Biases start at zero, with one exception: LSTM starts its forget gate's
# bias at 1 (unit_forget_bias=True), so at first it keeps most of c.
# One row per block, in Keras's order i, f, c, o:
print('LSTM bias by block (i, f, c, o):\n{}'.format(
    lstm.get_weights()[2].reshape(4, hidden_size)))
print('LSTM unit_forget_bias: {}'.format(lstm.unit_forget_bias))
print('GRU bias:\n{}\n'.format(gru.get_weights()[2]))
# why GRU's bias has two rows
print('GRU reset_after: {}\n'.format(gru.reset_after))

# The same counts from the sizes alone
n, u = x_data.shape[-1], hidden_size  # input_dim = 4, hidden_size = 2
# LSTM: 4 blocks (i, f, c, o), each with a
# kernel, a recurrent kernel and a bias
print('LSTM 4 * ({0}*{1} + {1}*{1} + {1}) = {2}'.format(
    n, u, 4 * (n * u + u * u + u)))
# GRU with reset_after=True: 3 blocks (z, r, h),
# each with an input and a recurrent bias
print('GRU 3 * ({0}*{1} + {1}*{1} + 2*{1}) = {2}'.format(
    n, u, 3 * (n * u + u * u + 2 * u)))
