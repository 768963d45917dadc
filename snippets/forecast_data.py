# A synthetic daily series, split by time into training, validation and
# test stretches, normalised with the training statistics only, and cut
# into windows of 14 days, each with the next day as its target
import numpy as np
from tensorflow import keras
import matplotlib.pyplot as plt

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
print('series {}: train {}, validation {}, test {}'.format(
    series.shape, train.shape, val.shape, test.shape))

# Statistics of the training stretch only: the later stretches must not
# leak into anything the model learns from
mean, std = train.mean(), train.std()
print('training mean {:.3f}, std {:.3f}'.format(mean, std))

sequence_length = 14  # two weeks of history per window


def windows(part, shuffle=False):
    """(inputs, targets) batches: 14 days in, the 15th day out."""
    normalised = ((part - mean) / std)[:, np.newaxis]  # (days, 1 feature)
    return keras.utils.timeseries_dataset_from_array(
        normalised, targets=normalised[sequence_length:],
        sequence_length=sequence_length, batch_size=32,
        shuffle=shuffle, seed=0)


# Shuffling mixes windows inside the training stretch only
train_ds = windows(train, shuffle=True)
val_ds, test_ds = windows(val), windows(test)
counts = [sum(len(y) for _, y in ds) for ds in (train_ds, val_ds, test_ds)]
print('windows: train {}, validation {}, test {}'.format(*counts))
inputs, targets = next(iter(train_ds))
print('one training batch: inputs {}, targets {}'.format(
    tuple(inputs.shape), tuple(targets.shape)))

fig, ax = plt.subplots(figsize=(7, 3))
ax.plot(t[:n_train], train, label='train', linewidth=0.7)
ax.plot(t[n_train:n_train + n_val], val, label='validation', linewidth=0.7)
ax.plot(t[n_train + n_val:], test, label='test', linewidth=0.7)
ax.set_xlabel('day')
ax.set_ylabel('value')
ax.legend()
fig.tight_layout()
plt.show()
