# Exercise: how many weights has each layer of the review classifier?
# Work them out from the shapes, then ask Keras
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

vocab_size, embedding_dim, units = 21, 8, 16  # as in classification_data
model = keras.Sequential([
    keras.Input(shape=(None,), dtype='int64'),
    layers.Embedding(vocab_size, embedding_dim, mask_zero=True),
    layers.Bidirectional(layers.LSTM(units)),
    layers.Dense(1, activation='sigmoid'),
])

# A row of the table per word index
embedding_params = vocab_size * embedding_dim
# Per direction, 4 gates: kernel, recurrent kernel and bias per gate
lstm_params = 4 * (embedding_dim * units + units * units + units)
# Two LSTMs, one per direction, with weights of their own
bidirectional_params = 2 * lstm_params
# One weight per feature (forward 16 + backward 16), and a bias
dense_params = 2 * units + 1

by_hand = [embedding_params, bidirectional_params, dense_params]
for layer, expected in zip(model.layers, by_hand):
    print('{:14s} by hand {:5d}, count_params() {:5d}'.format(
        layer.name, expected, layer.count_params()))
print('total          by hand {:5d}, count_params() {:5d}'.format(
    sum(by_hand), model.count_params()))
print('weights of the backward LSTM: {}'.format(
    [tuple(w.shape) for w in model.layers[1].backward_layer.weights]))
