# Exercise: the untrained model's loss, by hand from its logits, next to
# what SparseCategoricalCrossentropy(from_logits=True) returns
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

idx2char = ['h', 'i', 'e', 'l', 'o']
char2idx = {c: i for i, c in enumerate(idx2char)}
sample = 'hihello'
x_idx = [char2idx[c] for c in sample[:-1]]
y_idx = [char2idx[c] for c in sample[1:]]
num_classes = len(idx2char)
x_one_hot = np.eye(num_classes, dtype=np.float32)[[x_idx]]  # (1, 6, 5)
y_data = np.array([y_idx])  # (1, 6)

model = keras.Sequential([
    keras.Input(shape=(6, num_classes)),
    layers.SimpleRNN(units=5, return_sequences=True),
    layers.TimeDistributed(layers.Dense(num_classes)),
])
logits = np.asarray(model(x_one_hot))[0]  # (6, 5)

# softmax of each step's scores, then -log of the target's probability
probs = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
by_hand = -np.log(probs[np.arange(6), y_idx]).mean()
loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
print('by hand: {:.6f}'.format(by_hand))
print('Keras:   {:.6f}'.format(float(loss(y_data, logits[None]))))
print('log(5):  {:.6f}'.format(np.log(num_classes)))
