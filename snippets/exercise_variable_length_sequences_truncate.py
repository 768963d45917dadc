# Exercise: pad_sequences with maxlen shorter than the longest word
from tensorflow import keras

idx2char = ['<pad>', 'h', 'e', 'l', 'o']
char2idx = {c: i for i, c in enumerate(idx2char)}
words = ['hello', 'hell', 'lol', 'oh']
sequences = [[char2idx[c] for c in word] for word in words]


def as_words(padded):
    """Read every row back as letters, '_' for padding."""
    return [''.join(idx2char[i] if i else '_' for i in row)
            for row in padded]


# maxlen=4: 'hello' no longer fits and loses a letter
cut_front = keras.utils.pad_sequences(sequences, maxlen=4, padding='post')
cut_end = keras.utils.pad_sequences(sequences, maxlen=4, padding='post',
                                    truncating='post')
print('shape: {}'.format(cut_front.shape))
print("truncating='pre' (the default): {}".format(as_words(cut_front)))
print("truncating='post':              {}".format(as_words(cut_end)))
