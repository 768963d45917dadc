# Many-to-one: padded words -> SimpleRNN (last step) -> Dense, one per word
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]
pad = [0, 0, 0, 0]  # padding: an all-zero vector

# 6 words of different lengths, padded at the front to 5 steps,
# so that the last time step is always the word's last character
words = ['hello', 'hell', 'hole', 'lol', 'oh', 'eel']
x_data = np.array([[h, e, l, l, o],
                   [pad, h, e, l, l],
                   [pad, h, o, l, e],
                   [pad, pad, l, o, l],
                   [pad, pad, pad, o, h],
                   [pad, pad, e, e, l]], dtype=np.float32)
# a made-up label per word: does the word end in 'l'? (0: no, 1: yes)
y_data = np.array([0, 1, 0, 1, 0, 1])

hidden_size = 3
num_classes = 2
# return_sequences=False (the default): only the last step comes out
rnn = layers.SimpleRNN(units=hidden_size)
dense = layers.Dense(num_classes)  # one score (logit) per class
model = keras.Sequential([keras.Input(shape=(5, 4)), rnn, dense])

logits = model(x_data)
outputs = rnn(x_data)  # the RNN's output on its own, to look at its shape

print('x_data shape: {}'.format(x_data.shape))
print('y_data: {}, shape: {}'.format(y_data, y_data.shape))
print('outputs shape: {}'.format(outputs.shape))
print('logits shape: {}\n'.format(logits.shape))
print('outputs:\n{}\n'.format(outputs))
print('logits:\n{}'.format(logits))
