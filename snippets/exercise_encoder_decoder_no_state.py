# Exercise: the decoder with and without the encoder's states
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

tokens = ['_', '<', '>'] + list('0123456789')  # 0 is padding
strings = ['4721', '95', '300']
x_enc = keras.utils.pad_sequences(
    [[tokens.index(ch) for ch in s] for s in strings], padding='post')
encoder_embedding = layers.Embedding(13, 16, mask_zero=True)
encoder_lstm = layers.LSTM(64, return_state=True)
decoder_embedding = layers.Embedding(13, 16)
decoder_lstm = layers.LSTM(64, return_sequences=True)
decoder_dense = layers.Dense(13)

_, h, c = encoder_lstm(encoder_embedding(x_enc))
# at inference every string starts the decoder with '<' (index 1)
start = decoder_embedding(np.ones((3, 1), dtype=int))  # (3, 1, 16)
with_states = decoder_dense(decoder_lstm(start, initial_state=[h, c]))
without = decoder_dense(decoder_lstm(start))  # starts from zeros
with_states = np.asarray(with_states)[:, 0]  # first step, (3, 13)
without = np.asarray(without)[:, 0]

np.set_printoptions(precision=4, suppress=True, linewidth=78)
print('first-step logits (5 of 13) with the states:\n{}'.format(
    with_states[:, :5]))
print('first-step logits without them:\n{}'.format(without[:, :5]))
print('without the states, all strings the same: {}'.format(
    bool((without == without[0]).all())))
print('with them, all strings the same: {}'.format(
    bool((with_states == with_states[0]).all())))
