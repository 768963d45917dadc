# Padding at the front or at the end, with or without a mask:
# does each word's returned state equal the state it gets on its own?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

PADDING = 'post'  # try: 'pre', 'post'
MASK = True  # try: True, False

keras.utils.set_random_seed(777)

alphabet = 'helo'
words = ['hello', 'lol', 'oh']
one_hot = np.eye(len(alphabet), dtype=np.float32)
sequences = [one_hot[[alphabet.index(c) for c in w]] for w in words]
# dtype: the default 'int32' would not keep float vectors
padded = keras.utils.pad_sequences(sequences, padding=PADDING,
                                   dtype='float32')  # (3, 5, 4)

# a new layer's bias is 0, a trained layer's is not: start it elsewhere
rnn = layers.SimpleRNN(units=2, bias_initializer='random_normal')
masking = layers.Masking(mask_value=0.0)
rnn_input = masking(padded) if MASK else padded
states = rnn(rnn_input)  # (3, 2): the hidden state after the last step

print('padding={!r}, mask={}'.format(PADDING, MASK))
print('bias: {}'.format(np.round(rnn.cell.bias, 3)))
print('real steps (1) and padding (0):\n{}\n'.format(
    padded.any(axis=-1).astype(int)))
for word, sequence, state in zip(words, sequences, states):
    alone = rnn(sequence[np.newaxis])[0]  # the word alone, no padding
    gap = np.abs(np.asarray(state) - np.asarray(alone)).max()
    print('{:>5}: state {}, alone {}'.format(
        word, np.round(state, 3), np.round(alone, 3)))
    print('       max |difference| {:.1e}, same: {}'.format(
        gap, np.allclose(state, alone)))
