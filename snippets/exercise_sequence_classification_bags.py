# Exercise: group the test reviews by their word counts. Within a group,
# how many does the rule call positive? What can a bag of words reach?
import itertools
from collections import Counter

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

def rule_label(text):
    """1 when 'not' stands right before a negative word."""
    return int(any('not ' + word in text for word in negative))


groups = {}  # bag of words -> the rule's labels of the reviews with it
for text in test_texts:
    bag = tuple(sorted(Counter(text.split()).items()))  # order forgotten
    groups.setdefault(bag, []).append(rule_label(text))

sizes = Counter(len(labels) for labels in groups.values())
print('{} test reviews, {} different bags of words'.format(
    len(test_texts), len(groups)))
print('reviews per bag: {}'.format(dict(sorted(sizes.items()))))
print('bags with as many positives as negatives: {} of {}'.format(
    sum(2 * sum(labels) == len(labels) for labels in groups.values()),
    len(groups)))
# The best a bag can do: give all its reviews its more common label
best = sum(max(sum(labels), len(labels) - sum(labels))
           for labels in groups.values())
print('best accuracy from counts alone: {:.3f}'.format(
    best / len(test_texts)))
