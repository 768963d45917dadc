# fit on a stateful RNN when the last batch is short
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

batch_size, features = 3, 1
rnn = layers.SimpleRNN(units=4, stateful=True)
model = keras.Sequential([
    keras.Input(batch_shape=(batch_size, None, features)),
    rnn, layers.Dense(1)])
model.compile(optimizer='adam', loss='mse')


def sequences(count):
    x = np.random.uniform(-1, 1, size=(count, 4, features))
    return x.astype(np.float32), np.zeros((count, 1), np.float32)


# 7 sequences in batches of 3: the last batch has 1 sequence
x7, y7 = sequences(7)
model.fit(x7, y7, batch_size=batch_size, shuffle=False, verbose=0)
print('7 sequences: fit ran without an error')
# the lone last sequence is read into all 3 kept state rows
rnn.reset_state()
predictions = model.predict(x7, batch_size=batch_size, verbose=0)
print('predict on 7 sequences returns {} rows\n'.format(len(predictions)))

# keep whole batches only: 6 of the 7 sequences
whole_batches = len(x7) // batch_size * batch_size
rnn.reset_state()
kept = model.predict(x7[:whole_batches], batch_size=batch_size, verbose=0)
print('{} sequences in whole batches: {} rows'.format(
    whole_batches, len(kept)))
