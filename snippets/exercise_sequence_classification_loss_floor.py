# Exercise: the validation loss of two models that never train. One
# always answers 0.5; one knows the rule and answers 0.9 for its label
import itertools

import numpy as np

# The data of classification_data.py
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
y_rule = np.array([any('not ' + word in text for word in negative)
                   for text in val_texts])
flipped = np.mean(y_val != y_rule)


def binary_cross_entropy(labels, p):
    """The mean of -log(p) where the label is 1, -log(1 - p) where 0."""
    return np.mean(-np.log(np.where(labels == 1, p, 1 - p)))


coin = np.full(len(y_val), 0.5)
knows_rule = np.where(y_rule, 0.9, 0.1)  # P(label 1): 0.9 if the rule says 1
print('validation labels flipped: {:.3f}'.format(flipped))
print('always 0.5:       loss {:.4f}  (ln 2 = {:.4f})'.format(
    binary_cross_entropy(y_val, coin), np.log(2)))
print('knows the rule:   loss {:.4f}'.format(
    binary_cross_entropy(y_val, knows_rule)))
# The same, written with the share of flipped labels f
print('-(1-f) ln(1-f) - f ln f = {:.4f}'.format(
    -(1 - flipped) * np.log(1 - flipped) - flipped * np.log(flipped)))
