# Reversing digit strings of different lengths: start and end tokens,
# padding, and the decoder's input and target (teacher forcing)
import numpy as np
from tensorflow import keras

digits = '0123456789'
max_length = 6  # strings of 1 to 6 digits
rng = np.random.default_rng(777)
strings = set()
while len(strings) < 2600:  # 2600 different strings
    length = rng.integers(1, max_length + 1)
    strings.add(''.join(rng.choice(list(digits), length)))
strings = sorted(strings)
rng.shuffle(strings)
test_strings, val_strings = strings[:300], strings[300:600]
train_strings = strings[600:]

# index 0 is padding; '<' starts an answer and '>' ends it
tokens = ['_', '<', '>'] + list(digits)
PAD, START, END = 0, 1, 2


def ids(text):
    return [tokens.index(ch) for ch in text]


def encoder_input(strings):
    """The digits, padded at the end to 6 steps: (n, 6)."""
    rows = [ids(s) for s in strings]
    return keras.utils.pad_sequences(rows, maxlen=max_length,
                                     padding='post')


def decoder_input(strings):
    """Teacher forcing: '<', then the answer: (n, 7)."""
    rows = [[START] + ids(s[::-1]) for s in strings]
    return keras.utils.pad_sequences(rows, maxlen=max_length + 1,
                                     padding='post')


def target(strings):
    """The answer, then '>': (n, 7)."""
    rows = [ids(s[::-1]) + [END] for s in strings]
    return keras.utils.pad_sequences(rows, maxlen=max_length + 1,
                                     padding='post')


def show(row):
    return ''.join(tokens[i] for i in row)


print('{} training, {} validation, {} held-out strings'.format(
    len(train_strings), len(val_strings), len(test_strings)))
print('lengths in training: {}'.format(
    np.bincount([len(s) for s in train_strings])[1:]))
print('encoder input: {}'.format(encoder_input(train_strings).shape))
print('decoder input: {}'.format(decoder_input(train_strings).shape))
print('target:        {}\n'.format(target(train_strings).shape))
examples = [next(s for s in train_strings if len(s) == n) for n in (2, 5)]
for s in examples:
    print('string {!r}'.format(s))
    print('  encoder reads   {}'.format(show(encoder_input([s])[0])))
    print('  decoder reads   {}'.format(show(decoder_input([s])[0])))
    print('  decoder answers {}'.format(show(target([s])[0])))
