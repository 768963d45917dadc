# A stateful RNN keeps one state row per sequence: the batch size is fixed
import re

import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)


def batch_size_lines(error):
    """The lines of an error message about the batch size, plain text."""
    text = re.sub(r'\x1b\[[0-9;]*m', '', str(error))  # drop bold codes
    # Keras 3.12+ names the batch sizes; older Keras 3 fails on the shapes
    return [line.strip() for line in text.splitlines()
            if 'batch size' in line.lower()
            or 'incompatible shapes' in line.lower()]


features = 3
rnn = layers.SimpleRNN(units=4, stateful=True)
model = keras.Sequential([keras.Input(batch_shape=(2, None, features)), rnn])
print('kept state shape: {}\n'.format(rnn.states[0].shape))

three = np.random.uniform(-1, 1, size=(3, 4, features)).astype(np.float32)
try:
    model(three)  # 3 sequences, but the layer keeps 2 states
except (ValueError, tf.errors.InvalidArgumentError) as error:
    refused = error
    wrong_batch = batch_size_lines(error)
print('3 sequences into a layer built for 2:')
print('\n'.join(wrong_batch))

# without a fixed batch size, there is nothing to build the states from
try:
    keras.Sequential([keras.Input(shape=(None, features)),
                      layers.SimpleRNN(units=4, stateful=True)])
except ValueError as error:
    no_batch = batch_size_lines(error)
print('\nkeras.Input(shape=...) with no batch size:')
print('\n'.join(no_batch))
