# dropout and recurrent_dropout act only in training: training=True vs False
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
# dropout: drops entries of the input x_t; recurrent_dropout: of h_(t-1)
lstm = layers.LSTM(units=hidden_size, dropout=0.5, recurrent_dropout=0.5)

# training=True, as model.fit does: new random drops on every call
train_1 = lstm(x_data, training=True)
train_2 = lstm(x_data, training=True)
print('training=True, call 1: {}'.format(train_1))
print('training=True, call 2: {}'.format(train_2))
print('the two training calls equal: {}\n'.format(
    np.array_equal(train_1, train_2)))

# training=False, as model.predict does: nothing is dropped
infer_1 = lstm(x_data, training=False)
infer_2 = lstm(x_data, training=False)
default = lstm(x_data)  # no training argument: inference
print('training=False, call 1: {}'.format(infer_1))
print('training=False, call 2: {}'.format(infer_2))
print('the two inference calls equal: {}'.format(
    np.array_equal(infer_1, infer_2)))
print('no training argument equals training=False: {}'.format(
    np.array_equal(default, infer_1)))

# at inference the layer is a plain LSTM with the same weights
plain = layers.LSTM(units=hidden_size)
plain(x_data)
plain.set_weights(lstm.get_weights())
print('equals an LSTM without dropout: {}'.format(
    np.allclose(plain(x_data), infer_1)))
