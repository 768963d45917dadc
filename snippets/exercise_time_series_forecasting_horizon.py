# Exercise: forecast a week ahead instead of the next day. Which targets
# go with 14-day windows, and how many test windows are left?
import numpy as np
from tensorflow import keras

stretch = np.arange(150)  # day numbers stand in for the values
sequence_length, horizon = 14, 7
# The window starting at day i ends at day i + 13; a week after that is
# day i + 13 + 7, so targets[i] must be stretch[i + 20]
dataset = keras.utils.timeseries_dataset_from_array(
    stretch, targets=stretch[sequence_length + horizon - 1:],
    sequence_length=sequence_length, batch_size=32)
inputs = np.concatenate([x for x, _ in dataset])
targets = np.concatenate([y for _, y in dataset])
print('{} windows, inputs {}, targets {}'.format(
    len(targets), inputs.shape, targets.shape))
for i in [0, len(targets) - 1]:
    print('days {} to {} -> day {}'.format(
        inputs[i, 0], inputs[i, -1], targets[i]))
