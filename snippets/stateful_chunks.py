# One long sequence fed whole, and in three chunks to a stateful SimpleRNN
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

batch_size, steps, features = 2, 12, 3
x_long = np.random.uniform(-1, 1, size=(batch_size, steps, features))
x_long = x_long.astype(np.float32)  # two sequences of 12 steps

hidden_size = 4
# an ordinary RNN reads all 12 steps at once
whole_rnn = layers.SimpleRNN(units=hidden_size)
whole = whole_rnn(x_long)

# stateful=True keeps the last state for the next call;
# its batch size is part of the layer, so the Input fixes it
stateful_rnn = layers.SimpleRNN(units=hidden_size, stateful=True)
model = keras.Sequential([
    keras.Input(batch_shape=(batch_size, None, features)),
    stateful_rnn,
])
stateful_rnn.set_weights(whole_rnn.get_weights())  # same weights

chunk = 4
print('x_long shape: {}, chunk shape: {}'.format(
    x_long.shape, x_long[:, :chunk].shape))
print('kept state shape: {}\n'.format(stateful_rnn.states[0].shape))
for start in range(0, steps, chunk):
    last = model(x_long[:, start:start + chunk])
    print('after steps {:2d}-{:2d}: {}'.format(
        start, start + chunk - 1, np.asarray(last[0])))

print('\nwhole sequence at once: {}'.format(np.asarray(whole[0])))
print('chunks == whole: {}'.format(np.array_equal(last, whole)))

# without stateful, every chunk starts again from a zero state
fresh = whole_rnn(x_long[:, steps - chunk:])
print('last chunk alone == whole: {}'.format(
    np.allclose(fresh, whole, atol=1e-6)))
