# Exercise: how many windows and batches does the 150-day test stretch
# give, with two weeks or four weeks of history per window?
import numpy as np
from tensorflow import keras

stretch = np.arange(150)  # day numbers stand in for the values
for sequence_length in [14, 28]:
    dataset = keras.utils.timeseries_dataset_from_array(
        stretch, targets=stretch[sequence_length:],
        sequence_length=sequence_length, batch_size=32)
    batch_sizes = [len(targets) for _, targets in dataset]
    first_inputs, first_targets = next(iter(dataset))
    print('sequence_length {}: {} windows in {} batches of {}'.format(
        sequence_length, sum(batch_sizes), len(batch_sizes), batch_sizes))
    print('  first window: days {} to {} -> day {}'.format(
        first_inputs[0, 0], first_inputs[0, -1], first_targets[0]))
