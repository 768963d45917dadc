# Many-to-one: words padded at the end -> Masking -> SimpleRNN -> Dense
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]
pad = [0, 0, 0, 0]  # padding: an all-zero vector

# 6 words of different lengths, padded at the end to 5 steps
words = ['hello', 'hell', 'hole', 'lol', 'oh', 'eel']
x_data = np.array([[h, e, l, l, o],
                   [h, e, l, l, pad],
                   [h, o, l, e, pad],
                   [l, o, l, pad, pad],
                   [o, h, pad, pad, pad],
                   [e, e, l, pad, pad]], dtype=np.float32)
# a made-up label per word: does the word end in 'l'? (0: no, 1: yes)
y_data = np.array([0, 1, 0, 1, 0, 1])

hidden_size = 3
num_classes = 2
# Masking marks the all-zero steps as padding; the RNN skips them, so
# its output is the state after each word's last real character
masking = layers.Masking(mask_value=0.0)
# return_sequences=False (the default): only the last step comes out
rnn = layers.SimpleRNN(units=hidden_size)
dense = layers.Dense(num_classes)  # one score (logit) per class
# keras.Input takes the shape of one sample: (time steps, features)
model = keras.Sequential([keras.Input(shape=(5, 4)), masking, rnn, dense])

logits = model(x_data)
mask = masking.compute_mask(x_data)  # True at the real characters
outputs = rnn(x_data, mask=mask)  # the RNN's output on its own

print('x_data shape: {}'.format(x_data.shape))
print('y_data: {}, shape: {}'.format(y_data, y_data.shape))
print('mask:\n{}'.format(np.asarray(mask)))
print('outputs shape: {}'.format(outputs.shape))
print('logits shape: {}\n'.format(logits.shape))
print('outputs:\n{}\n'.format(outputs))
print('logits:\n{}'.format(logits))
