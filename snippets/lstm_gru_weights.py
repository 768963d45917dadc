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
    print('  sum of the weight sizes: {}'.format(sum(int(np.prod(w.shape)) for w in layer.weights)))
    print('  count_params(): {}\n'.format(layer.count_params()))


show_weights(lstm)
show_weights(gru)
print('GRU reset_after: {}\n'.format(gru.reset_after))  # the reason for GRU's two bias rows

# The same counts from the sizes alone: input_dim = 4, hidden_size = 2
input_dim = x_data.shape[-1]
# LSTM: 4 blocks (i, f, c, o), each with a kernel, a recurrent kernel and one bias
print('LSTM 4 * ({0}*{1} + {1}*{1} + {1}) = {2}'.format(
    input_dim, hidden_size, 4 * (input_dim * hidden_size + hidden_size * hidden_size + hidden_size)))
# GRU with reset_after=True: 3 blocks (z, r, h), each with two biases (input side, recurrent side)
print('GRU 3 * ({0}*{1} + {1}*{1} + 2*{1}) = {2}'.format(
    input_dim, hidden_size, 3 * (input_dim * hidden_size + hidden_size * hidden_size + 2 * hidden_size)))
