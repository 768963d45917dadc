# Many-to-many: SimpleRNN (every step) -> TimeDistributed(Dense), per step
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

# 3 words in one batch: 'hello', 'eolll', 'lleel'
x_data = np.array([[h, e, l, l, o],
                   [e, o, l, l, l],
                   [l, l, e, e, l]], dtype=np.float32)

hidden_size = 2
num_classes = 4  # e.g. guess one of the 4 characters at every step
# return_sequences=True: a hidden state for every step
rnn = layers.SimpleRNN(units=hidden_size, return_sequences=True)
dense = layers.Dense(num_classes)
# the same Dense (same weights), applied to each step on its own
time_distributed = layers.TimeDistributed(dense)

outputs = rnn(x_data)
logits = time_distributed(outputs)

print('x_data shape: {}'.format(x_data.shape))
print('outputs shape: {}'.format(outputs.shape))
print('logits shape: {}\n'.format(logits.shape))
print('logits of the first word:\n{}\n'.format(logits[0]))

# Dense on a 3D tensor already works on the last axis only, step by step
dense_logits = dense(outputs)
print('dense_logits shape: {}'.format(dense_logits.shape))
same = np.allclose(logits, dense_logits)
print('same as TimeDistributed: {}'.format(same))
