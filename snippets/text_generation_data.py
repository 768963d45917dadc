# Character-level data from two public-domain poems: a training text, a
# held-out stanza for validation, and the baselines a model has to beat
import numpy as np

# The poems are written out here, so the file runs anywhere, a notebook too
source = ("Lewis Carroll, Alice's Adventures in Wonderland (1865): \"How\n"
          'doth the little crocodile" (chapter 2) and "You are old, Father\n'
          'William" (chapter 5). Public domain (the author died in 1898);\n'
          'Project Gutenberg eBook #11, with quotes and dashes in ASCII\n'
          'and without the indentation of every second line.')
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
text = (crocodile + '\n' + father_william).lower()  # fewer characters
stanzas = text.split('\n\n')
train_text = '\n\n'.join(stanzas[:-1]) + '\n\n'
val_text = stanzas[-1]  # the last stanza: never trained on
print('source:\n{}\n'.format(source))
print('{} stanzas, {} characters: {} to train on, {} held out:'.format(
    len(stanzas), len(text), len(train_text), len(val_text)))
print(val_text)

vocab = sorted(set(text))  # every character that occurs, once each
char2idx = {c: i for i, c in enumerate(vocab)}
vocab_size = len(vocab)
train_ids = np.array([char2idx[c] for c in train_text])
val_ids = np.array([char2idx[c] for c in val_text])
print('vocabulary: {} characters: {!r}'.format(vocab_size, ''.join(vocab)))

seq_length = 32
starts = range(len(train_ids) - seq_length)
x_idx = np.array([train_ids[s:s + seq_length] for s in starts])
y_idx = np.array([train_ids[s + 1:s + seq_length + 1] for s in starts])
# validation: the held-out stanza as one sequence, each character once
x_val, y_val = val_ids[None, :-1], val_ids[None, 1:]
print('x_idx: {}, y_idx: {}'.format(x_idx.shape, y_idx.shape))
print('x_val: {}, y_val: {}\n'.format(x_val.shape, y_val.shape))

# perplexity = exp(mean loss) of guesses at the held-out characters
uniform = np.full(vocab_size, 1 / vocab_size)
counts = np.bincount(train_ids, minlength=vocab_size) + 1  # +1: no zeros
unigram = counts / counts.sum()
for name, p in [('uniform', uniform), ('unigram', unigram)]:
    loss = -np.log(p[y_val]).mean()
    print('{} guess: loss {:.4f}, perplexity {:.2f}'.format(
        name, loss, np.exp(loss)))
