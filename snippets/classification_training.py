# Train Embedding -> Bidirectional(LSTM) -> Dense on the reviews with a
# validation split and early stopping; evaluate on the test split
import itertools

import numpy as np
from tensorflow import keras
from tensorflow.keras import layers
import matplotlib.pyplot as plt

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
x_train, x_val, x_test = (vectorize(texts) for texts in
                          [train_texts, val_texts, test_texts])

# The model of classification_model.py
model = keras.Sequential([
    keras.Input(shape=(None,), dtype='int64'),
    layers.Embedding(vectorize.vocabulary_size(), 8, mask_zero=True),
    layers.Bidirectional(layers.LSTM(16)),
    layers.Dense(1, activation='sigmoid'),  # P(label 1)
])
model.compile(loss='binary_crossentropy', metrics=['accuracy'],
              optimizer=keras.optimizers.Adam(learning_rate=0.005))

# Stop once val_loss has not fallen by at least 0.01 for 4 epochs in a
# row, and go back to the weights of the best epoch
early_stopping = keras.callbacks.EarlyStopping(
    monitor='val_loss', min_delta=0.01, patience=4,
    restore_best_weights=True)
history = model.fit(x_train, y_train, batch_size=32, epochs=30,
                    validation_data=(x_val, y_val),
                    callbacks=[early_stopping], verbose=0)
curves = history.history  # one value per epoch for each name
epochs_run = len(curves['loss'])
best_epoch = early_stopping.best_epoch + 1  # counted from 0
print('epoch  loss    accuracy  val_loss  val_accuracy')
for epoch in range(epochs_run):
    print('{:5d}  {:.4f}  {:.4f}    {:.4f}    {:.4f}'.format(
        epoch + 1, *(curves[name][epoch] for name in
                     ['loss', 'accuracy', 'val_loss', 'val_accuracy'])))
print('stopped after epoch {}; weights of epoch {} restored\n'.format(
    epochs_run, best_epoch))

# The held-out test split, seen for the first time, against the baseline
test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
majority = int(y_train.mean() >= 0.5)  # the more common training label
majority_accuracy = np.mean(y_test == majority)
# The rule's own labels, before the noise: 'not' before a negative word
y_rule = np.array([any('not ' + w in t for w in negative)
                   for t in test_texts])
predicted = model.predict(x_test, verbose=0)[:, 0] > 0.5
rule_accuracy = np.mean(predicted == y_rule)
print('test accuracy: {:.3f} ({:.1%} of its labels are flipped)'.format(
    test_accuracy, np.mean(y_test != y_rule)))
print('test accuracy against the rule, no flips: {:.3f}'.format(
    rule_accuracy))
print('baseline, always label {}: {:.3f}\n'.format(
    majority, majority_accuracy))

new_reviews = [
    'the view was not bad and the staff was great',
    'the staff was not nice and the view was awful',
    'the coffee was really good and the music was not poor',
    'the food was not terrible',
]
probabilities = model.predict(vectorize(new_reviews), verbose=0)[:, 0]
for review, p in zip(new_reviews, probabilities):
    print('P(positive) {:.3f}  {}'.format(p, review))

fig, (loss_ax, accuracy_ax) = plt.subplots(1, 2, figsize=(8, 3.2))
epochs = np.arange(1, epochs_run + 1)
for ax, name in [(loss_ax, 'loss'), (accuracy_ax, 'accuracy')]:
    ax.plot(epochs, curves[name], marker='o', label='training')
    ax.plot(epochs, curves['val_' + name], marker='o', label='validation')
    ax.axvline(best_epoch, color='gray', linestyle='--',
               label='restored (epoch {})'.format(best_epoch))
    ax.set_xticks(epochs)  # whole epochs only
    ax.set_xlabel('epoch')
    ax.set_ylabel(name)
    ax.legend()
fig.suptitle('Learning curve: binary cross-entropy and accuracy')
fig.tight_layout()
plt.show()  # a window when run alone; nothing under the site build's Agg
