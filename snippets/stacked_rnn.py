# Stacked RNNs: the first returns every step, as the next reads a sequence
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

# 3 words in one batch: 'hello', 'eolll', 'lleel'
x_data = np.array([[h, e, l, l, o],
                   [e, o, l, l, l],
                   [l, l, e, e, l]], dtype=np.float32)

# passes on a sequence: (batch, steps, 6)
first_rnn = layers.SimpleRNN(units=6, return_sequences=True)
# reads that sequence and returns its last step
second_rnn = layers.SimpleRNN(units=2)

first_outputs = first_rnn(x_data)
second_outputs = second_rnn(first_outputs)

print('x_data shape: {}'.format(x_data.shape))
print('first_outputs shape: {}'.format(first_outputs.shape))
print('second_outputs shape: {}\n'.format(second_outputs.shape))

# Without return_sequences=True: one vector per word, no time axis left
last_only = layers.SimpleRNN(units=6)(x_data)
print('last_only shape: {}'.format(last_only.shape))
try:
    # named, so the error message is the same on every run
    layers.SimpleRNN(units=2, name='second_rnn')(last_only)
except ValueError as err:
    print('ValueError: {}'.format(err))
