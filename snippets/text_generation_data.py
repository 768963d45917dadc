# Character-level data from a short public-domain poem: every window of
# 16 characters, and as its target the same window one character later
import numpy as np

# The poem is written out here, so the file runs anywhere, a notebook too
source = ("Lewis Carroll, Alice's Adventures in Wonderland (1865),\n"
          'chapter 2, "The Pool of Tears". Public domain (the author died\n'
          'in 1898); Project Gutenberg eBook #11.')
poem = """How doth the little crocodile
Improve his shining tail,
And pour the waters of the Nile
On every golden scale!

How cheerfully he seems to grin,
How neatly spreads his claws,
And welcomes little fishes in
With gently smiling jaws!
"""
text = poem.lower()  # fewer different characters to learn
print('source:\n{}\n'.format(source))
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
