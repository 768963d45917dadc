# Bidirectional(LSTM, return_state=True): output, then h and c per direction
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
bi_lstm = layers.Bidirectional(
    layers.LSTM(units=hidden_size, return_state=True))
result = bi_lstm(x_data)
print('number of tensors: {}'.format(len(result)))

# output, then the forward LSTM's h and c, then the backward LSTM's h and c
outputs, forward_h, forward_c, backward_h, backward_c = result
print('outputs shape: {}'.format(outputs.shape))
for name, state in [('forward_h', forward_h), ('forward_c', forward_c),
                    ('backward_h', backward_h), ('backward_c', backward_c)]:
    print('{} shape: {}'.format(name, state.shape))

# merge_mode='concat': the output is forward_h followed by backward_h
print('\noutputs[:, :3] == forward_h: {}'.format(
    np.array_equal(outputs[:, :hidden_size], forward_h)))
print('outputs[:, 3:] == backward_h: {}'.format(
    np.array_equal(outputs[:, hidden_size:], backward_h)))

# the four states fit the initial_state of another Bidirectional LSTM
encoder_states = [forward_h, forward_c, backward_h, backward_c]
bi_decoder = layers.Bidirectional(
    layers.LSTM(units=hidden_size, return_sequences=True))
bi_decoded = bi_decoder(x_data, initial_state=encoder_states)
print('\nBidirectional decoder, 4 states in: {}'.format(bi_decoded.shape))

# a one-direction LSTM takes two states: join each pair side by side,
# so it needs twice the units
decoder_h = np.concatenate([forward_h, backward_h], axis=-1)
decoder_c = np.concatenate([forward_c, backward_c], axis=-1)
decoder = layers.LSTM(units=2 * hidden_size, return_sequences=True)
decoded = decoder(x_data, initial_state=[decoder_h, decoder_c])
print('LSTM({}) decoder, h {} and c {} in: {}'.format(
    2 * hidden_size, decoder_h.shape, decoder_c.shape, decoded.shape))
