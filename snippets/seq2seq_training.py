# Train an encoder-decoder to reverse 3-letter words; decode greedily
import itertools

import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

# the data of the page's first snippet
letters = 'abcd'
words = [''.join(p) for p in itertools.product(letters, repeat=3)]
np.random.default_rng(777).shuffle(words)
test_words, train_words = words[:8], words[8:]
out_chars = ['<'] + list(letters)
in_eye = np.eye(len(letters), dtype=np.float32)
out_eye = np.eye(len(out_chars), dtype=np.float32)
x_enc = in_eye[[[letters.index(c) for c in w] for w in train_words]]
y = np.array([[out_chars.index(c) for c in w[::-1]] for w in train_words])
x_dec = out_eye[np.concatenate([np.zeros_like(y[:, :1]), y[:, :-1]], 1)]

# the model of the page's second snippet
units = 16
encoder_in = keras.Input(shape=(None, len(letters)))
# unroll=True: words are 3 steps long, and unrolled LSTMs train faster
encoder_lstm = layers.LSTM(units, return_state=True, unroll=True)
_, state_h, state_c = encoder_lstm(encoder_in)
decoder_in = keras.Input(shape=(None, len(out_chars)))
decoder_lstm = layers.LSTM(units, return_sequences=True, return_state=True,
                           unroll=True)
decoder_seq, _, _ = decoder_lstm(decoder_in,
                                 initial_state=[state_h, state_c])
decoder_dense = layers.Dense(len(out_chars))
model = keras.Model([encoder_in, decoder_in], decoder_dense(decoder_seq))
encoder = keras.Model(encoder_in, [state_h, state_c])

# teacher forcing: the decoder reads the true previous letters
model.compile(
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    optimizer=keras.optimizers.Adam(learning_rate=0.05))
epochs = 40
history = model.fit([x_enc, x_dec], y, epochs=epochs,
                    batch_size=len(train_words), verbose=0)
losses = history.history['loss']
for epoch in (1, 10, 20, 30, 40):
    print('epoch {:2d}, loss: {:.4f}'.format(epoch, losses[epoch - 1]))


def greedy_decode(words):
    """Feed each step's best letter back in as the next step's input."""
    h, c = encoder(in_eye[[[letters.index(ch) for ch in w] for w in words]])
    step_in = out_eye[np.zeros((len(words), 1), dtype=int)]  # '<'
    picked = []
    for _ in range(3):
        seq, h, c = decoder_lstm(step_in, initial_state=[h, c])
        best = np.argmax(decoder_dense(seq)[:, 0], axis=-1)  # (n,)
        picked.append(best)
        step_in = out_eye[best][:, None]  # (n, 1, 5)
    return [''.join(out_chars[i] for i in row) for row in np.stack(picked, 1)]


decoded = greedy_decode(test_words)
print('\nheld-out words, greedy decoding:')
for word, guess in zip(test_words, decoded):
    print('{} -> {} ({})'.format(
        word, guess, 'right' if guess == word[::-1] else 'wrong'))
train_right = sum(g == w[::-1]
                  for w, g in zip(train_words, greedy_decode(train_words)))
print('training words reversed right: {}/{}'.format(
    train_right, len(train_words)))
