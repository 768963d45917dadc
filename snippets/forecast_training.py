# Train a GRU on 14-day windows to forecast the next day, then compare its
# error on the held-out test stretch with the naive last-value baseline
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers
import matplotlib.pyplot as plt

keras.utils.set_random_seed(1)  # initial weights and shuffling

days = 1000
t = np.arange(days)
rng = np.random.default_rng(0)  # seeded noise: the same series every run
series = (20 + 0.004 * t                      # slow trend
          + 5 * np.sin(2 * np.pi * t / 365.25)  # yearly season
          + 3 * np.sin(2 * np.pi * t / 7)       # weekly cycle
          + rng.normal(0, 1, days)).astype(np.float32)  # daily noise

# Split by time, never shuffled across: the model learns from the past
# and is judged on a later stretch it has never seen
n_train, n_val = 700, 150
train = series[:n_train]
val = series[n_train:n_train + n_val]
test = series[n_train + n_val:]

# Statistics of the training stretch only: the later stretches must not
# leak into anything the model learns from
mean, std = train.mean(), train.std()

sequence_length = 14  # two weeks of history per window


def windows(part, shuffle=False):
    """(inputs, targets) batches: 14 days in, the 15th day out."""
    normalised = ((part - mean) / std)[:, np.newaxis]  # (days, 1 feature)
    return keras.utils.timeseries_dataset_from_array(
        normalised, targets=normalised[sequence_length:],
        sequence_length=sequence_length, batch_size=32,
        shuffle=shuffle, seed=0)


def naive_mae(dataset):
    """Mean absolute error of 'the next day equals the last day', in the
    series' own units (normalised errors times the training std)."""
    errors = [np.abs(inputs[:, -1] - targets) for inputs, targets in dataset]
    return float(np.mean(np.concatenate(errors))) * std


# Shuffling mixes windows inside the training stretch only
train_ds = windows(train, shuffle=True)
val_ds, test_ds = windows(val), windows(test)

model = keras.Sequential([
    keras.Input(shape=(sequence_length, 1)),  # (batch, 14 days, 1 feature)
    layers.GRU(16),  # (batch, 16): the last hidden state
    layers.Dense(1),  # (batch, 1): the next day, normalised
])
model.compile(loss='mse', metrics=['mae'],
              optimizer=keras.optimizers.Adam(learning_rate=0.005))
# The dataset shuffles itself: fit's own shuffle does not apply to one
history = model.fit(train_ds, validation_data=val_ds, epochs=20,
                    verbose=0, shuffle=False)
for epoch in [1, 5, 10, 15, 20]:
    print('epoch {:2d}: validation MAE {:.3f}'.format(
        epoch, history.history['val_mae'][epoch - 1] * std))

# The test stretch, once, after training: the model's forecasts and the
# true values, back in the series' units
forecast = model.predict(test_ds, verbose=0)[:, 0] * std + mean  # (136,)
truth = test[sequence_length:]  # (136,): days 864 to 999
test_naive_mae = naive_mae(test_ds)
test_gru_mae = float(np.mean(np.abs(forecast - truth)))
print('\ntest stretch, {} forecasts (days {} to {}):'.format(
    len(truth), days - len(truth), days - 1))
print('  naive last value: MAE {:.3f}'.format(test_naive_mae))
print('  GRU:              MAE {:.3f}'.format(test_gru_mae))

test_days = t[-len(truth):]
fig, ax = plt.subplots(figsize=(7, 3))
ax.plot(test_days, truth, label='truth', linewidth=1)
ax.plot(test_days, forecast, label='GRU forecast', linewidth=1)
ax.set_xlabel('day')
ax.set_ylabel('value')
ax.set_title('one day ahead on the test stretch')
ax.legend()
fig.tight_layout()
plt.show()
