# What timeseries_dataset_from_array makes of a tiny series: windows of
# sequence_length values, each paired with the value that follows it
import numpy as np
from tensorflow import keras

series = np.arange(10)  # 0, 1, ..., 9: each value is its own day number
sequence_length = 3

# targets[i] belongs to the window that starts at index i. The value right
# after that window is series[i + 3], so the targets are series[3:].
dataset = keras.utils.timeseries_dataset_from_array(
    series, targets=series[sequence_length:],
    sequence_length=sequence_length, batch_size=4)

batches = [(inputs.numpy(), targets.numpy()) for inputs, targets in dataset]
for number, (inputs, targets) in enumerate(batches, start=1):
    print('batch {}: inputs {}, targets {}'.format(
        number, inputs.shape, targets.shape))
    for window, target in zip(inputs, targets):
        print('  {} -> {}'.format(window, target))
