# Reviews whose label depends on word order: each has a positive word, a
# negative word and one 'not', which flips the word right after it
import itertools

import numpy as np
from tensorflow.keras import layers

subjects = ['food', 'service', 'room', 'staff', 'view', 'price']
positive = ['good', 'great', 'nice', 'fine']
negative = ['bad', 'awful', 'poor', 'terrible']


def clause(subject, really, negated, word):
    """'the food was good', 'the food was really not good', ..."""
    return ' '.join(['the', subject, 'was'] + ['really'] * really
                    + ['not'] * negated + [word])


def twins(subject_1, subject_2, good, bad, really_1, really_2, good_first):
    """Two reviews of the same words: 'not' flips the negative word
    (a positive review, label 1) or the positive word (label 0)."""
    pair = []
    for label in (1, 0):
        a = clause(subject_1, really_1, label == 0, good)
        b = clause(subject_2, really_2, label == 1, bad)
        pair.append((' and '.join([a, b] if good_first else [b, a]), label))
    return pair


# Every choice of two subjects, two words, 'really' or not, clause order
keys = [k for k in itertools.product(subjects, subjects, positive, negative,
                                     [0, 1], [0, 1], [True, False])
        if k[0] != k[1]]
rng = np.random.default_rng(777)
pairs = [twins(*keys[i]) for i in rng.choice(len(keys), 800, replace=False)]


def split(some_pairs):
    """The reviews and labels, shuffled; 1 label in 10 flipped (noise)."""
    rows = [row for pair in some_pairs for row in pair]
    rows = [rows[i] for i in rng.permutation(len(rows))]
    labels = np.array([label for _, label in rows])
    flipped = rng.random(len(labels)) < 0.1
    return [text for text, _ in rows], np.where(flipped, 1 - labels, labels)


train_texts, y_train = split(pairs[:500])  # twins stay in the same split
val_texts, y_val = split(pairs[500:600])
test_texts, y_test = split(pairs[600:])
print('possible pairs: {}, drawn: {}'.format(
    len(keys), len(pairs)))
print('train {}, validation {}, test {} reviews'.format(
    len(train_texts), len(val_texts), len(test_texts)))
print('share of label 1: train {:.3f}, test {:.3f}\n'.format(
    y_train.mean(), y_test.mean()))
for text, label in pairs[0]:
    print('{} <- {!r}'.format(label, text))

# Words -> integers. The vocabulary comes from the training split only
vectorize = layers.TextVectorization()  # lowercase, split on spaces
vectorize.adapt(train_texts)
vocab = [str(word) for word in vectorize.get_vocabulary()]
print('\nvocabulary: {} entries, most frequent first'.format(len(vocab)))
print('0: {!r} (padding), 1: {!r} (a word not in the vocabulary)'.format(
    vocab[0], vocab[1]))
print(' 2-10: ' + ' '.join(vocab[2:11]))
print('11-{}: '.format(len(vocab) - 1) + ' '.join(vocab[11:]))

x_train = vectorize(train_texts)  # padded at the end to the longest
x_test = vectorize(test_texts)
lengths = np.count_nonzero(x_train, axis=1)  # words before the padding
print('x_train: {} {}, x_test: {}'.format(
    x_train.shape, x_train.dtype.name, x_test.shape))
print('review lengths: {} to {} words'.format(lengths.min(), lengths.max()))
print('first review: {!r}'.format(train_texts[0]))
print('its row:      {}'.format(np.asarray(x_train[0])))
