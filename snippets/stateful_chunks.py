# One long sequence fed whole, and in three chunks to a SimpleRNN
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

STATEFUL = True  # try: True, False

keras.utils.set_random_seed(777)

batch_size, steps, features = 2, 12, 3
x_long = np.random.uniform(-1, 1, size=(batch_size, steps, features))
x_long = x_long.astype(np.float32)  # two sequences of 12 steps

hidden_size = 4
# an ordinary RNN reads all 12 steps at once
whole_rnn = layers.SimpleRNN(units=hidden_size, return_sequences=True)
whole = whole_rnn(x_long)  # (2, 12, 4): the hidden state at every step

# stateful=True keeps the last state for the next call;
# its batch size is part of the layer, so the Input fixes it
chunk_rnn = layers.SimpleRNN(units=hidden_size, return_sequences=True,
                             stateful=STATEFUL)
model = keras.Sequential([
    keras.Input(batch_shape=(batch_size, None, features)),
    chunk_rnn,
])
chunk_rnn.set_weights(whole_rnn.get_weights())  # same weights

chunk = 4
print('stateful={}'.format(STATEFUL))
print('x_long shape: {}, chunk shape: {}'.format(
    x_long.shape, x_long[:, :chunk].shape))
kept = chunk_rnn.states  # variables only when stateful, else None
print('kept state shape: {}'.format(
    None if kept is None else tuple(kept[0].shape)))
print('outputs shape, whole run: {}, one chunk: {}\n'.format(
    whole.shape, whole[:, :chunk].shape))
for start in range(0, steps, chunk):
    outputs = model(x_long[:, start:start + chunk])  # (2, 4, 4)
    same_steps = whole[:, start:start + chunk]  # the whole run there
    gap = np.abs(np.asarray(outputs) - np.asarray(same_steps)).max()
    print('steps {:2d}-{:2d}: max |difference| {:.1e}, equal: {}'.format(
        start, start + chunk - 1, gap,
        np.array_equal(outputs, same_steps)))

print('\nstep 11, chunks:    {}'.format(np.asarray(outputs[0, -1])))
print('step 11, whole run: {}'.format(np.asarray(whole[0, -1])))
