# The naive baseline: tomorrow's value is today's, the last value of each
# window. Its error on the validation and test stretches is the one to beat
import numpy as np
from tensorflow import keras

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


val_ds, test_ds = windows(val), windows(test)


def naive_mae(dataset):
    """Mean absolute error of 'the next day equals the last day', in the
    series' own units (normalised errors times the training std)."""
    errors = [np.abs(inputs[:, -1] - targets) for inputs, targets in dataset]
    return float(np.mean(np.concatenate(errors))) * std


inputs, targets = next(iter(test_ds))  # (32, 14, 1), (32, 1)
forecast = inputs[:, -1]  # (32, 1): the last day of every window
first_target_day = n_train + n_val + sequence_length  # 850 + 14 = 864
print('the first test windows, in the series\' units:')
for i in range(3):
    day = first_target_day + i
    print("  day {}: forecast {:.2f} (day {}'s value), true {:.2f}".format(
        day, forecast[i, 0] * std + mean, day - 1,
        targets[i, 0] * std + mean))
val_naive_mae = naive_mae(val_ds)
test_naive_mae = naive_mae(test_ds)
print('naive baseline MAE: validation {:.3f}, test {:.3f}'.format(
    val_naive_mae, test_naive_mae))
