# hihello: predict the next character. Input 'hihell' -> target 'ihello'
import numpy as np

idx2char = ['h', 'i', 'e', 'l', 'o']  # the 5 characters of 'hihello'
char2idx = {c: i for i, c in enumerate(idx2char)}

sample = 'hihello'
x_idx = [char2idx[c] for c in sample[:-1]]  # 'hihell': all but the last
y_idx = [char2idx[c] for c in sample[1:]]  # 'ihello': all but the first

num_classes = len(idx2char)
# (batch, sequence_length, input_dim): one one-hot row per character
x_one_hot = np.eye(num_classes, dtype=np.float32)[[x_idx]]
# (batch, sequence_length): the answer as a class index per step
y_data = np.array([y_idx])

print('x_idx: {}  -> {}'.format(x_idx, ''.join(idx2char[i] for i in x_idx)))
print('y_idx: {}  -> {}'.format(y_idx, ''.join(idx2char[i] for i in y_idx)))
print('x_one_hot: {}, shape: {}'.format(x_one_hot, x_one_hot.shape))
print('y_data: {}, shape: {}'.format(y_data, y_data.shape))
