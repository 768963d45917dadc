# Train a character-level GRU (with an Embedding) on the poems; watch the
# held-out stanza's perplexity and a greedy sample after every epoch
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

# The data of text_generation_data.py
crocodile = """How doth the little crocodile
Improve his shining tail,
And pour the waters of the Nile
On every golden scale!

How cheerfully he seems to grin,
How neatly spreads his claws,
And welcomes little fishes in
With gently smiling jaws!
"""
father_william = """"You are old, Father William," the young man said,
"And your hair has become very white;
And yet you incessantly stand on your head--
Do you think, at your age, it is right?"

"In my youth," Father William replied to his son,
"I feared it might injure the brain;
But, now that I'm perfectly sure I have none,
Why, I do it again and again."

"You are old," said the youth, "as I mentioned before,
And have grown most uncommonly fat;
Yet you turned a back-somersault in at the door--
Pray, what is the reason of that?"

"In my youth," said the sage, as he shook his grey locks,
"I kept all my limbs very supple
By the use of this ointment--one shilling the box--
Allow me to sell you a couple?"

"You are old," said the youth, "and your jaws are too weak
For anything tougher than suet;
Yet you finished the goose, with the bones and the beak--
Pray, how did you manage to do it?"

"In my youth," said his father, "I took to the law,
And argued each case with my wife;
And the muscular strength, which it gave to my jaw,
Has lasted the rest of my life."

"You are old," said the youth, "one would hardly suppose
That your eye was as steady as ever;
Yet you balanced an eel on the end of your nose--
What made you so awfully clever?"

"I have answered three questions, and that is enough,"
Said his father; "don't give yourself airs!
Do you think I can listen all day to such stuff?
Be off, or I'll kick you down stairs!"
"""
text = (crocodile + '\n' + father_william).lower()
stanzas = text.split('\n\n')
train_text = '\n\n'.join(stanzas[:-1]) + '\n\n'
val_text = stanzas[-1]
vocab = sorted(set(text))
char2idx = {c: i for i, c in enumerate(vocab)}
vocab_size, seq_length = len(vocab), 32
train_ids = np.array([char2idx[c] for c in train_text])
val_ids = np.array([char2idx[c] for c in val_text])
starts = range(len(train_ids) - seq_length)
x_idx = np.array([train_ids[s:s + seq_length] for s in starts])
y_idx = np.array([train_ids[s + 1:s + seq_length + 1] for s in starts])
x_val, y_val = val_ids[None, :-1], val_ids[None, 1:]

embedding = layers.Embedding(vocab_size, 16)  # index -> 16 numbers
# dropout: noise in training, so the GRU memorizes the poems less
gru = layers.GRU(48, return_sequences=True, return_state=True, dropout=0.4)
dense = layers.Dense(vocab_size)  # a score (logit) for every character
inputs = keras.Input(shape=(None,), dtype='int32')
sequence, _ = gru(embedding(inputs))  # (batch, steps, 48); state unused
model = keras.Model(inputs, dense(sequence))  # (batch, steps, vocab_size)
model.compile(
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    optimizer=keras.optimizers.Adam(learning_rate=0.01))


def generate(prompt, length, temperature, rng):
    """The prompt, then `length` characters, each fed back in as input.

    temperature 0 picks the highest score (greedy); otherwise the next
    character is drawn from softmax(logits / temperature).
    """
    _, h = gru(embedding(np.array([[char2idx[c] for c in prompt]])))
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
        # one time step of the GRU's cell: (1, 16) -> h (1, 48)
        h, _ = gru.cell(embedding(np.array([i])), [h])
    return result, greedy_picks


prompt = '"you are old,'


class ShowProgress(keras.callbacks.Callback):
    """After every epoch: the losses, and a greedy continuation."""

    def __init__(self):
        super().__init__()
        self.samples = []  # one per epoch, to look at again afterwards

    def on_epoch_end(self, epoch, logs=None):
        print('epoch {}: loss {:.4f}, val_loss {:.4f}, val perplexity '
              '{:.2f}'.format(epoch + 1, logs['loss'], logs['val_loss'],
                              np.exp(logs['val_loss'])))
        sample, _ = generate(prompt, 40, 0, None)
        self.samples.append(sample)
        print('  ' + sample.replace('\n', '/'))  # a line break shows as /


progress = ShowProgress()
# stop once val_loss has not improved for 2 epochs; keep the best weights
early_stopping = keras.callbacks.EarlyStopping(
    monitor='val_loss', patience=2, restore_best_weights=True)
history = model.fit(x_idx, y_idx, validation_data=(x_val, y_val),
                    batch_size=128, epochs=12, verbose=0,
                    callbacks=[progress, early_stopping])
best_epoch = int(np.argmin(history.history['val_loss'])) + 1
val_loss = model.evaluate(x_val, y_val, verbose=0)  # the best weights
print('stopped after epoch {}, kept the weights of epoch {}'.format(
    len(history.history['val_loss']), best_epoch))

# the baselines of text_generation_data.py
counts = np.bincount(train_ids, minlength=vocab_size) + 1
unigram = np.exp(-np.log(counts[y_val] / counts.sum()).mean())
val_perplexity = np.exp(val_loss)
print('held-out perplexity {:.2f}; uniform guess {:.2f}, unigram {:.2f}'
      .format(val_perplexity, vocab_size, unigram))

greedy, _ = generate(prompt, 60, 0, None)
print('\ngreedy (temperature 0):\n{}'.format(greedy))
rng = np.random.default_rng(0)  # seeded: the same samples on every run
samples = {}
for temperature in [0.2, 1.0, 2.0]:
    samples[temperature] = generate(prompt, 60, temperature, rng)
    sample, greedy_picks = samples[temperature]
    print('\ntemperature {} (the greedy pick at {} of 60 steps):\n{}'.format(
        temperature, greedy_picks, sample))
