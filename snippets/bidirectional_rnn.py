# Bidirectional: one SimpleRNN reads forward, another backward; then joined
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

hidden_size = 3
# merge_mode='concat' (the default) puts the two directions side by side
bi_last = layers.Bidirectional(
    layers.SimpleRNN(units=hidden_size), merge_mode='concat')
bi_sequences = layers.Bidirectional(
    layers.SimpleRNN(units=hidden_size, return_sequences=True),
    merge_mode='concat')
# merge_mode='sum' adds them instead: the width stays hidden_size
bi_sum = layers.Bidirectional(
    layers.SimpleRNN(units=hidden_size, return_sequences=True),
    merge_mode='sum')

last_outputs = bi_last(x_data)
sequence_outputs = bi_sequences(x_data)
sum_outputs = bi_sum(x_data)

print('x_data shape: {}'.format(x_data.shape))
print('last_outputs shape: {}'.format(last_outputs.shape))
print('sequence_outputs shape: {}'.format(sequence_outputs.shape))
print('sum_outputs shape: {}\n'.format(sum_outputs.shape))

# each step of 'hello': hidden_size forward numbers, then backward ones
print('sequence_outputs of hello:\n{}\n'.format(sequence_outputs[0]))
print('forward half:\n{}\n'.format(sequence_outputs[0, :, :hidden_size]))
print('backward half:\n{}'.format(sequence_outputs[0, :, hidden_size:]))
