# Word reversal as a seq2seq task: encoder input, decoder input, target
import itertools

import numpy as np

letters = 'abcd'
# every 3-letter word over a, b, c, d: 4 ** 3 = 64 words
words = [''.join(p) for p in itertools.product(letters, repeat=3)]
rng = np.random.default_rng(777)
rng.shuffle(words)
test_words, train_words = words[:8], words[8:]  # 8 held out

# the decoder has one more symbol: '<' means "start"
out_chars = ['<'] + list(letters)
in_eye = np.eye(len(letters), dtype=np.float32)
out_eye = np.eye(len(out_chars), dtype=np.float32)


def encoder_input(words):
    """One-hot letters of each word: (n, 3, 4)."""
    return in_eye[[[letters.index(c) for c in w] for w in words]]


def target(words):
    """Indices of each reversed word: (n, 3)."""
    return np.array([[out_chars.index(c) for c in w[::-1]] for w in words])


def decoder_input(words):
    """Teacher forcing: '<' then the target shifted by one: (n, 3, 5)."""
    y = target(words)
    start = np.zeros((len(words), 1), dtype=int)  # index of '<'
    return out_eye[np.concatenate([start, y[:, :-1]], axis=1)]


def read(one_hot_or_indices, chars):
    """A word back from one-hot rows or from indices."""
    a = np.asarray(one_hot_or_indices)
    return ''.join(chars[i] for i in (a.argmax(-1) if a.ndim == 2 else a))


print('{} training words, {} held out:\n{}'.format(
    len(train_words), len(test_words), test_words))
print('encoder input: {}'.format(encoder_input(train_words).shape))
print('decoder input: {}'.format(decoder_input(train_words).shape))
print('target:        {}\n'.format(target(train_words).shape))
word = next(w for w in train_words if len(set(w)) == 3)  # 3 letters
print('word: {}'.format(word))
print('encoder reads:   {}'.format(read(encoder_input([word])[0], letters)))
print('decoder reads:   {}'.format(read(decoder_input([word])[0], out_chars)))
print('decoder answers: {}'.format(read(target([word])[0], out_chars)))
