# Exercise: parameter counts for units=16 on 10-dimensional input,
# asked of Keras: build each layer and count its weights
from tensorflow import keras
from tensorflow.keras import layers

# building a layer draws its initial weights (the counts do not change)
keras.utils.set_random_seed(777)

input_dimension, units = 10, 16

built = {
    'SimpleRNN': layers.SimpleRNN(units),
    'LSTM': layers.LSTM(units),
    'GRU (reset_after=True)': layers.GRU(units),
    'GRU (reset_after=False)': layers.GRU(units, reset_after=False),
}
counts = {}
for name, layer in built.items():
    layer.build((None, None, input_dimension))  # any batch, any length
    counts[name] = layer.count_params()
    shapes = [tuple(weight.shape) for weight in layer.weights]
    print('{}: {}'.format(name, counts[name]))
    print('  weights: {}'.format(shapes))

print('LSTM / SimpleRNN: {}'.format(counts['LSTM'] / counts['SimpleRNN']))
print('GRU, True - False: {}'.format(
    counts['GRU (reset_after=True)'] - counts['GRU (reset_after=False)']))
