# dropout draws one mask per sequence and uses it at every time step:
# the training output is the inference output of x_t * mask
import itertools

import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(123)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

hello = [h, e, l, l, o]
x_data = np.array([hello, hello], dtype=np.float32)  # (2, 5, 4)

lstm = layers.LSTM(units=2, dropout=0.5, return_sequences=True)
trained = lstm(x_data, training=True)  # (2, 5, 2)

# Every mask one step could use: each entry kept (times 1 / (1 - 0.5))
# or dropped, 2**4 = 16 masks of shape (4,)
masks = np.array(list(itertools.product([0.0, 2.0], repeat=4)),
                 dtype=np.float32)
print('candidate masks: {}'.format(masks.shape))
found = []  # the mask that explains each sequence
for row in range(len(x_data)):
    # one mask for all 5 steps: x_t * mask at every t, no dropout
    masked = x_data[row] * masks[:, np.newaxis, :]  # (16, 5, 4)
    candidates = lstm(masked, training=False)  # (16, 5, 2)
    target = trained[row]  # (5, 2): this sequence's training output
    differences = np.max(np.abs(candidates - target), axis=(1, 2))
    best = np.argmin(differences)
    found.append(masks[best])
    print('sequence {}: mask {}, max abs difference {}'.format(
        row, masks[best], differences[best]))
    print('  masks that explain all 5 steps: {}'.format(
        np.sum(differences < 1e-6)))

# The next call draws new masks: its output differs
print('\nnext call equals this one: {}'.format(
    np.allclose(lstm(x_data, training=True), trained)))
