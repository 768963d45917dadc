# Train a character-level GRU on the poem, then generate text by feeding
# each picked character back in: greedy, and sampled at three temperatures
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

# The data of text_generation_data.py
poem = """How doth the little crocodile
Improve his shining tail,
And pour the waters of the Nile
On every golden scale!

How cheerfully he seems to grin,
How neatly spreads his claws,
And welcomes little fishes in
With gently smiling jaws!
"""
text = poem.lower()
vocab = sorted(set(text))
char2idx = {c: i for i, c in enumerate(vocab)}
ids = np.array([char2idx[c] for c in text])
seq_length, vocab_size = 16, len(vocab)
starts = range(len(ids) - seq_length)
one_hot = np.eye(vocab_size, dtype=np.float32)
x_one_hot = one_hot[[ids[s:s + seq_length] for s in starts]]  # (215, 16, 25)
y_idx = np.array([ids[s + 1:s + seq_length + 1] for s in starts])

units = 32
gru = layers.GRU(units, return_sequences=True, return_state=True)
dense = layers.Dense(vocab_size)  # a score (logit) for every character
inputs = keras.Input(shape=(None, vocab_size))
sequence, _ = gru(inputs)  # (batch, steps, units); the state is unused here
model = keras.Model(inputs, dense(sequence))  # (batch, steps, vocab_size)
model.compile(
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    optimizer=keras.optimizers.Adam(learning_rate=0.03))

# All 215 windows as one batch: one update per epoch
history = model.fit(x_one_hot, y_idx, batch_size=len(x_one_hot), epochs=40,
                    verbose=0, shuffle=False)
losses = history.history['loss']
for epoch in [1, 10, 20, 30, 40]:
    print('epoch {:2d}, loss {:.4f}'.format(epoch, losses[epoch - 1]))


def generate(prompt, length, temperature, rng):
    """The prompt, then `length` characters, each fed back in as input.

    temperature 0 picks the highest score (greedy); otherwise the next
    character is drawn from softmax(logits / temperature).
    """
    _, h = gru(one_hot[[[char2idx[c] for c in prompt]]])  # h: (1, units)
    result, greedy_picks = prompt, 0
    for _ in range(length):
        logits = np.asarray(dense(h), dtype=np.float64)[0]  # (vocab_size,)
        best = int(np.argmax(logits))
        if temperature == 0:
            i = best
        else:
            p = np.exp((logits - logits.max()) / temperature)
            i = rng.choice(vocab_size, p=p / p.sum())
        greedy_picks += i == best
        result += vocab[i]
        # one time step of the GRU's cell: (1, vocab_size) -> (1, units)
        h, _ = gru.cell(one_hot[[i]], [h])
    return result, greedy_picks


prompt = 'how doth '
greedy, _ = generate(prompt, 100, 0, None)
print('\ngreedy (temperature 0):\n{}'.format(greedy))

rng = np.random.default_rng(0)  # seeded: the same samples on every run
samples = {}
for temperature in [0.2, 1.0, 2.0]:
    samples[temperature] = generate(prompt, 60, temperature, rng)
    sample, greedy_picks = samples[temperature]
    print('\ntemperature {} (the greedy pick at {} of 60 steps):\n{}'.format(
        temperature, greedy_picks, sample))
