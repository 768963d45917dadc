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

# a layer that writes zeros at masked steps (zero_output_for_mask=True,
# like cuDNN and Bidirectional): the last column is then zeros
zero_rnn = layers.SimpleRNN(2, return_sequences=True, return_state=True,
                            zero_output_for_mask=True)
zero_rnn(embedding(padded))
zero_rnn.set_weights(rnn.get_weights())  # the same layer otherwise
zero_outputs, zero_states = zero_rnn(embedding(padded))
zero_last_real = np.asarray(zero_outputs)[np.arange(len(words)),
                                          lengths - 1]
print('\nzeros at masked steps, outputs[:, -1] == states: {}'.format(
    np.array_equal(zero_outputs[:, -1], zero_states)))
print('zeros at masked steps, outputs[i, length - 1] == states: {}'.format(
    np.array_equal(zero_last_real, zero_states)))
