# Padding does not count: the loss of a padded batch is the loss of its
# reviews read one at a time, each at its own length. Without the mask,
# the padding is read and the loss changes
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
vocab_size = vectorize.vocabulary_size()


def classifier(mask_zero):
    return keras.Sequential([
        keras.Input(shape=(None,), dtype='int64'),
        layers.Embedding(vocab_size, 8, mask_zero=mask_zero),
        layers.Bidirectional(layers.LSTM(16)),
        layers.Dense(1, activation='sigmoid'),
    ])


model = classifier(mask_zero=True)  # untrained: masks work the same
unmasked = classifier(mask_zero=False)
unmasked.set_weights(model.get_weights())  # the very same weights

texts, labels = train_texts[6:11], y_train[6:11]  # 10 to 12 words
x = vectorize(texts)  # (5, 12): the shorter reviews end in padding
padded = np.asarray(model(x))[:, 0]
# each review alone, a batch of one with no padding at all
alone = np.array([float(model(vectorize([t]))[0, 0]) for t in texts])
no_mask = np.asarray(unmasked(x))[:, 0]

print('words  label  P, padded   P, alone    P, no mask')
for text, label, p, q, r in zip(texts, labels, padded, alone, no_mask):
    print('{:5d}  {:5d}  {:.7f}  {:.7f}  {:.7f}'.format(
        len(text.split()), label, p, q, r))

bce = keras.losses.BinaryCrossentropy()  # the mean over the batch
loss_padded = float(bce(labels, padded))
loss_alone = float(bce(labels, alone))
loss_no_mask = float(bce(labels, no_mask))
print('\nloss, padded batch with mask: {:.7f}'.format(loss_padded))
print('loss, reviews one at a time:  {:.7f}'.format(loss_alone))
print('loss, padded batch, no mask:  {:.7f}'.format(loss_no_mask))
