# Training a stateful RNN with fit: chunks in order, a reset every epoch
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

# each stream: a level drawn from [-1, 1], read 48 times with noise;
# the target at the end of every 4-step chunk is the stream's level
streams, steps, chunk = 64, 48, 4
chunks = steps // chunk


def make_streams():
    level = np.random.uniform(-1, 1, size=(streams, 1))
    readings = level + 0.5 * np.random.normal(size=(streams, steps))
    return readings.astype(np.float32), level.astype(np.float32)


def in_chunk_order(readings, level):
    """Batch k holds chunk k of every stream: sample k * streams + i."""
    x = readings.reshape(streams, chunks, chunk).transpose(1, 0, 2)
    return x.reshape(-1, chunk, 1), np.tile(level, (chunks, 1))


train_readings, train_level = make_streams()
test_readings, test_level = make_streams()  # held-out streams
x_train, y_train = in_chunk_order(train_readings, train_level)
x_test, y_test = in_chunk_order(test_readings, test_level)
print('x_train: {}, y_train: {}'.format(x_train.shape, y_train.shape))


class ResetAtEpochStart(keras.callbacks.Callback):
    """Every epoch reads the streams from their start again."""

    def __init__(self):
        super().__init__()
        self.carried = []  # the largest |state| each epoch started with

    def on_epoch_begin(self, epoch, logs=None):
        for layer in self.model.layers:
            if getattr(layer, 'stateful', False):
                self.carried.append(float(np.abs(layer.states[0]).max()))
                layer.reset_state()


rnn = layers.GRU(8, stateful=True)
model = keras.Sequential([keras.Input(batch_shape=(streams, None, 1)),
                          rnn, layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.02), loss='mse')
reset = ResetAtEpochStart()
# batch_size = streams: one batch is one chunk of every stream;
# shuffle=False keeps the chunks in order
model.fit(x_train, y_train, batch_size=streams, epochs=60,
          shuffle=False, verbose=0, callbacks=[reset])
print('largest |state| at the start of epoch 2, before the reset: '
      '{:.2f}'.format(reset.carried[1]))

rnn.reset_state()  # read the held-out streams from their start
predictions = model.predict(x_test, batch_size=streams, verbose=0)
error = ((predictions - y_test) ** 2).reshape(chunks, streams).mean(axis=1)
# baselines that see one chunk only: its mean, and always 0
chunk_mean = test_readings.reshape(streams, chunks, chunk).mean(axis=2)
chunk_mean_mse = float(((chunk_mean - test_level) ** 2).mean())
zero_mse = float((test_level ** 2).mean())
print('\nheld-out MSE, stateful RNN: {:.4f}'.format(error.mean()))
print('  after chunk 1: {:.4f}, after chunk {}: {:.4f}'.format(
    error[0], chunks, error[-1]))
print('baseline, mean of the chunk: {:.4f}'.format(chunk_mean_mse))
print('baseline, always 0:          {:.4f}'.format(zero_mse))
