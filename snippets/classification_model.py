# The classifier layer by layer: Embedding(mask_zero=True) makes the mask,
# Bidirectional(LSTM) reads each review both ways, Dense gives P(label 1)
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
vectorize = layers.TextVectorization()
vectorize.adapt(train_texts)
vocab_size = vectorize.vocabulary_size()  # 21, padding and [UNK] included

embedding = layers.Embedding(vocab_size, 8, mask_zero=True)
bidirectional = layers.Bidirectional(layers.LSTM(16))
classify = layers.Dense(1, activation='sigmoid')
model = keras.Sequential([
    keras.Input(shape=(None,), dtype='int64'),  # any number of words
    embedding, bidirectional, classify,
])

# One training review of each length: 12, 11 and 10 words
batch_texts = [next(t for t in train_texts if len(t.split()) == n)
               for n in (12, 11, 10)]
x = vectorize(batch_texts)  # padded at the end to the longest, 12
vectors = embedding(x)  # a vector of 8 numbers per word
mask = embedding.compute_mask(x)  # False where x is 0 (padding)
features = bidirectional(vectors, mask=mask)  # forward 16 + backward 16
probabilities = classify(features)  # P(label 1), one per review

for text in batch_texts:
    print(text)
print('\nx: {}\n{}'.format(x.shape, np.asarray(x)))
print('vectors: {}'.format(vectors.shape))
print('mask: {}\n{}'.format(mask.shape, np.asarray(mask).astype(int)))
print('features: {}'.format(features.shape))
print('probabilities: {} {}'.format(
    probabilities.shape, np.asarray(probabilities)[:, 0]))
print('the same as model(x): {}'.format(
    np.allclose(probabilities, model(x))))
