# Character-level data from a short public-domain poem: every window of
# 16 characters, and as its target the same window one character later
from pathlib import Path

import numpy as np

# The text ships next to the snippets, in data/crocodile.txt: its first
# paragraph names the source, the poem follows the first blank line
path = Path(__file__).parent / 'data' / 'crocodile.txt'
source, text = path.read_text(encoding='utf-8').split('\n\n', 1)
text = text.lower()  # fewer different characters to learn
print('source: {}\n'.format(source))
print('{} characters:\n{}'.format(len(text), text))

vocab = sorted(set(text))  # every character that occurs, once each
char2idx = {c: i for i, c in enumerate(vocab)}
ids = np.array([char2idx[c] for c in text])
print('vocabulary: {} characters: {!r}\n'.format(len(vocab), ''.join(vocab)))

seq_length = 16
starts = range(len(ids) - seq_length)
x_idx = np.array([ids[s:s + seq_length] for s in starts])
y_idx = np.array([ids[s + 1:s + seq_length + 1] for s in starts])
x_one_hot = np.eye(len(vocab), dtype=np.float32)[x_idx]

print('x_idx shape: {}, y_idx shape: {}'.format(x_idx.shape, y_idx.shape))
print('x_one_hot shape: {}'.format(x_one_hot.shape))
print('first window: {!r}'.format(''.join(vocab[i] for i in x_idx[0])))
print('its target:   {!r}'.format(''.join(vocab[i] for i in y_idx[0])))
