# Words of different lengths -> pad_sequences (post) -> Embedding mask
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

# index 0 is kept free: it will mean "padding", not a character
idx2char = ['<pad>', 'h', 'e', 'l', 'o']
char2idx = {c: i for i, c in enumerate(idx2char)}
words = ['hello', 'hell', 'lol', 'oh']
sequences = [[char2idx[c] for c in word] for word in words]

# padding='post': zeros after each word, up to the longest word
padded = keras.utils.pad_sequences(sequences, padding='post')
# the default is padding='pre': zeros in front
padded_pre = keras.utils.pad_sequences(sequences)

embedding_size = 3
# mask_zero=True: index 0 is padding, and the layer says so in a mask
embedding = layers.Embedding(input_dim=len(idx2char),
                             output_dim=embedding_size, mask_zero=True)
embedded = embedding(padded)
mask = embedding.compute_mask(padded)

print('sequences: {}'.format(sequences))
print('padded (post), shape: {}\n{}'.format(padded.shape, padded))
print('padded (pre, the default):\n{}\n'.format(padded_pre))
print('embedded shape: {}'.format(embedded.shape))
print('mask shape: {}'.format(mask.shape))
print('mask:\n{}\n'.format(np.asarray(mask)))
# a padded step is not a zero vector: it is row 0 of the embedding
print("'oh' embedded:\n{}".format(np.asarray(embedded[3])))
