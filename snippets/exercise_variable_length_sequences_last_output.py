# Exercise: with post padding and a mask, is outputs[:, -1] the state?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

idx2char = ['<pad>', 'h', 'e', 'l', 'o']
char2idx = {c: i for i, c in enumerate(idx2char)}
words = ['hello', 'hell', 'lol', 'oh']
sequences = [[char2idx[c] for c in word] for word in words]
padded = keras.utils.pad_sequences(sequences, padding='post')

embedding = layers.Embedding(len(idx2char), 3, mask_zero=True)
rnn = layers.SimpleRNN(2, return_sequences=True, return_state=True)
outputs, states = rnn(embedding(padded))

# masked steps repeat the last real output, so the last column holds it
last_column = np.asarray(outputs[:, -1])
# or pick each word's last real step by its length
lengths = np.array([len(word) for word in words])
last_real = np.asarray(outputs)[np.arange(len(words)), lengths - 1]
print('lengths: {}'.format(lengths))
print('outputs[:, -1] == states: {}'.format(
    np.array_equal(last_column, states)))
print('outputs[i, length - 1] == states: {}'.format(
    np.array_equal(last_real, states)))
