# Train an encoder-decoder to reverse digit strings of 1 to 6 digits;
# inference: greedy decoding that stops at the end token
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

# the data of the page's first snippet
digits, max_length = '0123456789', 6
rng = np.random.default_rng(777)
strings = set()
while len(strings) < 2600:
    length = rng.integers(1, max_length + 1)
    strings.add(''.join(rng.choice(list(digits), length)))
strings = sorted(strings)
rng.shuffle(strings)
test_strings, val_strings = strings[:300], strings[300:600]
train_strings = strings[600:]
tokens = ['_', '<', '>'] + list(digits)
PAD, START, END = 0, 1, 2


def pad(rows, length):
    return keras.utils.pad_sequences(rows, maxlen=length, padding='post')


def ids(text):
    return [tokens.index(ch) for ch in text]


def encoder_input(strings):
    return pad([ids(s) for s in strings], max_length)


def data(strings):
    """[encoder input, decoder input], target."""
    x_enc = encoder_input(strings)
    x_dec = pad([[START] + ids(s[::-1]) for s in strings], max_length + 1)
    y = pad([ids(s[::-1]) + [END] for s in strings], max_length + 1)
    return [x_enc, x_dec], y


# the model of the page's second snippet
num_tokens, units = len(tokens), 64
encoder_in = keras.Input(shape=(None,))
encoder_embedding = layers.Embedding(num_tokens, 16, mask_zero=True)
encoder_lstm = layers.LSTM(units, return_state=True)
_, state_h, state_c = encoder_lstm(encoder_embedding(encoder_in))
decoder_in = keras.Input(shape=(None,))
decoder_embedding = layers.Embedding(num_tokens, 16)
decoder_lstm = layers.LSTM(units, return_sequences=True, return_state=True)
decoder_seq, _, _ = decoder_lstm(decoder_embedding(decoder_in),
                                 initial_state=[state_h, state_c])
decoder_dense = layers.Dense(num_tokens)
model = keras.Model([encoder_in, decoder_in], decoder_dense(decoder_seq))
encoder = keras.Model(encoder_in, [state_h, state_c])

model.compile(
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True,
                                                    ignore_class=PAD),
    optimizer=keras.optimizers.Adam(learning_rate=0.01))
x_train, y_train = data(train_strings)
x_val, y_val = data(val_strings)
epochs = 10
# the validation strings as one batch: val_loss is their masked loss
history = model.fit(x_train, y_train, validation_data=(x_val, y_val),
                    epochs=epochs, batch_size=64,
                    validation_batch_size=len(val_strings), verbose=0)
for epoch in (1, 2, 4, 6, 8, 10):
    print('epoch {:2d}: loss {:.4f}, val_loss {:.4f}'.format(
        epoch, history.history['loss'][epoch - 1],
        history.history['val_loss'][epoch - 1]))


def reverse(strings):
    """Inference: from '<', feed back each step's best token until '>'."""
    h, c = encoder(encoder_input(strings))  # (n, units) each
    token = np.full((len(strings), 1), START)  # (n, 1)
    ended = np.zeros(len(strings), dtype=bool)
    picked = []
    for _ in range(max_length + 1):  # at most the longest answer and '>'
        step, h, c = decoder_lstm(decoder_embedding(token),
                                  initial_state=[h, c])
        token = np.argmax(decoder_dense(step), axis=-1)  # (n, 1)
        picked.append(token[:, 0])
        ended |= token[:, 0] == END
        if ended.all():  # every string has written '>': stop
            break
    answers = []
    for row in np.stack(picked, axis=1):  # (n, steps run)
        row = list(row) + [END]
        answers.append(''.join(tokens[i] for i in row[:row.index(END)]))
    return answers


answers = reverse(test_strings)
print('\nheld-out strings, greedy decoding:')
for n in range(1, max_length + 1):
    i = next(i for i, s in enumerate(test_strings) if len(s) == n)
    print('{:>6} -> {:<6} ({})'.format(
        test_strings[i], answers[i],
        'right' if answers[i] == test_strings[i][::-1] else 'wrong'))
right = sum(a == s[::-1] for s, a in zip(test_strings, answers))
copied = sum(s == s[::-1] for s in test_strings)  # copying is right
print('exact match on {} held-out strings: {:.3f}'.format(
    len(test_strings), right / len(test_strings)))
print('baseline, copying the input:            {:.3f}'.format(
    copied / len(test_strings)))
