# return_sequences=False returns the last time
# step of what return_sequences=True returns
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)

hidden_size = 2
rnn_sequence = layers.SimpleRNN(units=hidden_size, return_sequences=True)
# seed again: the second layer draws the same weights
keras.utils.set_random_seed(777)
rnn_last = layers.SimpleRNN(units=hidden_size, return_sequences=False)

sequence_output = rnn_sequence(x_data)  # every time step
last_output = rnn_last(x_data)  # the last time step only
print('sequence_output: {}, shape: {}'.format(sequence_output,
                                              sequence_output.shape))
print('last_output: {}, shape: {}\n'.format(last_output, last_output.shape))

same_weights = all(np.array_equal(a, b) for a, b in
                   zip(rnn_sequence.get_weights(), rnn_last.get_weights()))
print('same weights: {}'.format(same_weights))
print('sequence_output[:, -1]: {}'.format(sequence_output[:, -1]))
print('last_output == sequence_output[:, -1]: {}'.format(
    np.array_equal(last_output, sequence_output[:, -1])))
