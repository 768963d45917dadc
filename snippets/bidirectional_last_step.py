# One Bidirectional layer: where each direction's final state sits in outputs
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

units = 3
bi = layers.Bidirectional(layers.SimpleRNN(
    units, return_sequences=True, return_state=True))
outputs, forward_state, backward_state = bi(x_data)
print('outputs: {}, forward_state: {}, backward_state: {}\n'.format(
    outputs.shape, forward_state.shape, backward_state.shape))

# forward: the last step is the end of the word
print('outputs[:, -1, :units] == forward_state: {}'.format(
    np.allclose(outputs[:, -1, :units], forward_state)))
# backward: the whole word read backwards ends at step 0
print('outputs[:, 0, units:] == backward_state: {}'.format(
    np.allclose(outputs[:, 0, units:], backward_state)))
print('outputs[:, -1, units:] == backward_state: {}\n'.format(
    np.allclose(outputs[:, -1, units:], backward_state)))

# at the last step the backward RNN has read one character only:
# the same backward layer, given the last character alone, agrees
_, one_char_state = bi.backward_layer(x_data[:, -1:])
print('outputs[:, -1, units:] == backward state after 1 character: {}'
      .format(np.allclose(outputs[:, -1, units:], one_char_state)))
