# Encoder-decoder with start and end tokens; the masked loss skips the
# padded target steps
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

tokens = ['_', '<', '>'] + list('0123456789')  # 0 is padding
num_tokens, embedding_size, units = len(tokens), 16, 64

# encoder: mask_zero=True, so the LSTM skips the padding at the end
encoder_in = keras.Input(shape=(None,))
encoder_embedding = layers.Embedding(num_tokens, embedding_size,
                                     mask_zero=True)
encoder_lstm = layers.LSTM(units, return_state=True)
_, state_h, state_c = encoder_lstm(encoder_embedding(encoder_in))

# decoder: starts from the encoder's last h and c
decoder_in = keras.Input(shape=(None,))
decoder_embedding = layers.Embedding(num_tokens, embedding_size)
decoder_lstm = layers.LSTM(units, return_sequences=True, return_state=True)
decoder_seq, _, _ = decoder_lstm(decoder_embedding(decoder_in),
                                 initial_state=[state_h, state_c])
decoder_dense = layers.Dense(num_tokens)  # a score per token
logits = decoder_dense(decoder_seq)

model = keras.Model([encoder_in, decoder_in], logits)
encoder = keras.Model(encoder_in, [state_h, state_c])

# '4721' and '95', padded: the answers '1274>' and '59>'
x_enc = np.array([[7, 10, 5, 4, 0, 0], [12, 8, 0, 0, 0, 0]])
x_dec = np.array([[1, 4, 5, 10, 7, 0, 0], [1, 8, 12, 0, 0, 0, 0]])
y = np.array([[4, 5, 10, 7, 2, 0, 0], [8, 12, 2, 0, 0, 0, 0]])
h, c = encoder(x_enc)
out = model([x_enc, x_dec])
print('encoder input {} -> h {}, c {}'.format(x_enc.shape, h.shape, c.shape))
print('decoder input {} -> logits {}'.format(x_dec.shape, out.shape))
print('answers: {}\n'.format([''.join(tokens[i] for i in row) for row in y]))

# ignore_class=0: a target step that is padding adds nothing
masked_loss = keras.losses.SparseCategoricalCrossentropy(
    from_logits=True, ignore_class=0)
plain_loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
real = y != 0  # (2, 7): 8 real steps, 6 padded
noise = np.random.default_rng(0).normal(0, 10, out.shape)
scrambled = np.where(real[..., None], out, noise)  # new logits at padding
print('real target steps: {} of {}'.format(real.sum(), real.size))
for name, loss in [('masked', masked_loss), ('plain', plain_loss)]:
    print('{:6} loss {:.4f}, with the padding scrambled {:.4f}'.format(
        name, float(loss(y, out)), float(loss(y, scrambled))))
