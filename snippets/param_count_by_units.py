# A recurrent layer's weights on "hello" (4-dim input), for a choice of
# layer and units: each weight's shape, and how many parameters it holds
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

LAYER = 'LSTM'  # try: 'SimpleRNN', 'LSTM', 'GRU'
UNITS = 2  # try: 1, 2, 4, 8

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)  # (1, 5, 4)

layer_class = {'SimpleRNN': layers.SimpleRNN,
               'LSTM': layers.LSTM,
               'GRU': layers.GRU}[LAYER]
rnn = layer_class(units=UNITS)
rnn(x_data)  # the first call builds the weights for 4-dim input

print('layers.{}(units={}) on x_data {}:'.format(LAYER, UNITS,
                                                  x_data.shape))
sizes = []
for weight in rnn.weights:
    shape = tuple(weight.shape)
    # every entry is one parameter: multiply the dimensions
    size = int(np.prod(shape))
    sizes.append(size)
    product = ' * '.join(str(dimension) for dimension in shape)
    print('  {:<17} {:<8} {}'.format(
        weight.name, str(shape),
        product if len(shape) == 1 else '{} = {}'.format(product, size)))

print('by hand:        {} = {}'.format(
    ' + '.join(str(size) for size in sizes), sum(sizes)))
print('count_params(): {}'.format(rnn.count_params()))
