# Two baselines to beat: always the more common label, and a bag-of-words
# model, which sees how often each word occurs but not in what order
import itertools

import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

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
majority = int(y_train.mean() >= 0.5)  # the more common training label
majority_accuracy = np.mean(y_test == majority)
print('always label {}: test accuracy {:.3f}'.format(
    majority, majority_accuracy))

# A row of word counts per review: 'count' instead of a list of indices
count = layers.TextVectorization(output_mode='count')
count.adapt(train_texts)
counts_train, counts_test = count(train_texts), count(test_texts)
bag_of_words = keras.Sequential([
    keras.Input(shape=(count.vocabulary_size(),)),
    layers.Dense(1, activation='sigmoid'),  # a weight per word
])
bag_of_words.compile(loss='binary_crossentropy', metrics=['accuracy'],
                     optimizer=keras.optimizers.Adam(learning_rate=0.01))
bag_of_words.fit(counts_train, y_train, batch_size=32, epochs=20,
                 verbose=0)
_, bow_train_accuracy = bag_of_words.evaluate(counts_train, y_train,
                                              verbose=0)
_, bow_accuracy = bag_of_words.evaluate(counts_test, y_test, verbose=0)
print('counts_train: {}'.format(counts_train.shape))
print('bag of words: training accuracy {:.3f}, test accuracy {:.3f}'.format(
    bow_train_accuracy, bow_accuracy))

# Twins have the same counts, so every bag-of-words model treats them
# alike: it is right about one of the two and wrong about the other
twin_texts = [text for text, _ in pairs[600]]  # a pair of the test split
twin_counts = np.asarray(count(twin_texts))
twin_p = np.asarray(bag_of_words(twin_counts))[:, 0]
for text, row, p in zip(twin_texts, twin_counts, twin_p):
    print('\n{}\ncounts {}  P(label 1) {:.3f}'.format(text, row, p))
