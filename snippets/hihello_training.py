# Train SimpleRNN + TimeDistributed(Dense) to turn 'hihell' into 'ihello'
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)  # same initial weights on every run

idx2char = ['h', 'i', 'e', 'l', 'o']
char2idx = {c: i for i, c in enumerate(idx2char)}
sample = 'hihello'
x_idx = [char2idx[c] for c in sample[:-1]]  # 'hihell'
y_idx = [char2idx[c] for c in sample[1:]]  # 'ihello'

num_classes = len(idx2char)
x_one_hot = np.eye(num_classes, dtype=np.float32)[[x_idx]]  # (1, 6, 5)
y_data = np.array([y_idx])  # (1, 6)

hidden_size = 5
model = keras.Sequential([
    keras.Input(shape=(len(x_idx), num_classes)),
    # (1, 6, hidden_size): a hidden state per step
    layers.SimpleRNN(units=hidden_size, return_sequences=True),
    # (1, 6, num_classes): a score per character, per step
    layers.TimeDistributed(layers.Dense(num_classes)),
])
model.compile(
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    optimizer=keras.optimizers.Adam(learning_rate=0.1))


def to_string(logits):
    """The highest-scoring character at every step of the first sequence."""
    return ''.join(idx2char[i] for i in np.argmax(logits[0], axis=-1))


logits_before = model(x_one_hot)
before = to_string(logits_before)
print('logits shape: {}'.format(logits_before.shape))
print('prediction before training: {}\n'.format(before))

# One sample, so one epoch is one update. train_on_batch returns the loss
# measured before that update; the prediction uses the weights after it.
# reset_metrics(): Keras 3.0-3.14 would return the mean of every loss so far
# (3.15 and later reset by themselves, so there it changes nothing)
epochs = 50
losses = []
for epoch in range(1, epochs + 1):
    model.reset_metrics()
    losses.append(model.train_on_batch(x_one_hot, y_data))
    if epoch == 1 or epoch % 10 == 0:
        prediction = to_string(model(x_one_hot))
        print('epoch: {:2d}, loss: {:.4f}, prediction: {}'.format(
            epoch, losses[-1], prediction))

logits_after = model(x_one_hot)
after = to_string(logits_after)
print('\nprediction after training: {}'.format(after))
print('target: {}'.format(sample[1:]))
