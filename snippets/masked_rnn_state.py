# What a mask does to a SimpleRNN's outputs and to its returned state
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

idx2char = ['<pad>', 'h', 'e', 'l', 'o']
char2idx = {c: i for i, c in enumerate(idx2char)}
words = ['hello', 'hell', 'lol', 'oh']
sequences = [[char2idx[c] for c in word] for word in words]
padded = keras.utils.pad_sequences(sequences, padding='post')  # (4, 5)

hidden_size = 2
embedding = layers.Embedding(input_dim=len(idx2char), output_dim=3,
                             mask_zero=True)
rnn = layers.SimpleRNN(units=hidden_size, return_sequences=True,
                       return_state=True)

# the Embedding's mask travels with its output into the RNN
outputs, states = rnn(embedding(padded))
print('outputs shape: {}, states shape: {}\n'.format(
    outputs.shape, states.shape))
print("'lol' (3 letters + 2 padding steps), outputs:\n{}".format(
    np.asarray(outputs[2])))
print("'lol' state: {}\n".format(np.asarray(states[2])))

# the same layers on 'lol' alone, with no padding at all
lol = np.array([sequences[2]])  # (1, 3)
lol_outputs, lol_state = rnn(embedding(lol))
print("'lol' alone, state: {}".format(np.asarray(lol_state[0])))
print('same as the padded, masked state: {}\n'.format(
    np.allclose(lol_state[0], states[2])))

# no mask: np.asarray drops it, so the RNN reads the padding too
_, unmasked_states = rnn(np.asarray(embedding(padded)))
print("'lol' state without the mask: {}".format(
    np.asarray(unmasked_states[2])))
print('same as the state of lol alone: {}'.format(
    np.allclose(lol_state[0], unmasked_states[2])))
