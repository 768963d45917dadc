# Exercise: the next-character data for 'abracadabra'
import numpy as np

sample = 'abracadabra'
idx2char = sorted(set(sample))  # the vocabulary
char2idx = {c: i for i, c in enumerate(idx2char)}
x_idx = [char2idx[c] for c in sample[:-1]]  # every character but the last
y_idx = [char2idx[c] for c in sample[1:]]  # every character but the first

num_classes = len(idx2char)
x_one_hot = np.eye(num_classes, dtype=np.float32)[[x_idx]]
y_data = np.array([y_idx])

print('idx2char: {}'.format(idx2char))
print('x_one_hot shape: {}'.format(x_one_hot.shape))
print('y_data: {}, shape: {}'.format(y_data, y_data.shape))
