# Encoder-decoder: the encoder's LSTM states become the decoder's
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

num_letters, num_out, units = 4, 5, 16
# encoder: reads the word, keeps only its last h and c
encoder_in = keras.Input(shape=(None, num_letters))
encoder_lstm = layers.LSTM(units, return_state=True, unroll=True)
_, state_h, state_c = encoder_lstm(encoder_in)

# decoder: starts from the encoder's states instead of zeros
decoder_in = keras.Input(shape=(None, num_out))
decoder_lstm = layers.LSTM(units, return_sequences=True, return_state=True,
                           unroll=True)
decoder_seq, _, _ = decoder_lstm(decoder_in,
                                 initial_state=[state_h, state_c])
decoder_dense = layers.Dense(num_out)  # a score per output symbol
logits = decoder_dense(decoder_seq)

model = keras.Model([encoder_in, decoder_in], logits)
encoder = keras.Model(encoder_in, [state_h, state_c])

# two words, 'acb' and 'dda', each with the decoder input '<bc'
x_enc = np.eye(num_letters, dtype=np.float32)[[[0, 2, 1], [3, 3, 0]]]
x_dec = np.eye(num_out, dtype=np.float32)[[[0, 2, 3], [0, 2, 3]]]
h, c = encoder(x_enc)
out = model([x_enc, x_dec])
print('encoder input {} -> h {}, c {}'.format(x_enc.shape, h.shape, c.shape))
print('decoder input {} -> logits {}\n'.format(x_dec.shape, out.shape))
print('same decoder input, different words, first-step logits:')
print(np.asarray(out[:, 0]))
