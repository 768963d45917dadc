# Exercise: the decoder with and without the encoder's states
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

letters = 'abcd'
words = ['acb', 'dda', 'bcd']
x_enc = np.eye(4, dtype=np.float32)[[[letters.index(c) for c in w]
                                      for w in words]]
encoder_lstm = layers.LSTM(16, return_state=True)
decoder_lstm = layers.LSTM(16, return_sequences=True)
decoder_dense = layers.Dense(5)

_, h, c = encoder_lstm(x_enc)
# at inference every word starts the decoder with '<' (index 0)
start = np.eye(5, dtype=np.float32)[np.zeros((3, 1), dtype=int)]
with_states = decoder_dense(decoder_lstm(start, initial_state=[h, c]))
without = decoder_dense(decoder_lstm(start))  # starts from zeros
with_states = np.asarray(with_states)[:, 0]  # first step, (3, 5)
without = np.asarray(without)[:, 0]

print('first-step logits with the states:\n{}'.format(with_states))
print('first-step logits without them:\n{}'.format(without))
print('without the states, all words the same: {}'.format(
    bool((without == without[0]).all())))
