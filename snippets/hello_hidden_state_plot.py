# Plot the hidden state of SimpleRNN(2) at
# each time step of 'hello', 'eolll', 'lleel'
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers
import matplotlib.pyplot as plt

# as in hello_batch_rnn.py: same weights, same numbers
keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

words = ['hello', 'eolll', 'lleel']
x_data = np.array([[h, e, l, l, o],
                   [e, o, l, l, l],
                   [l, l, e, e, l]], dtype=np.float32)

hidden_size = 2
rnn = layers.SimpleRNN(
    units=hidden_size, return_sequences=True, return_state=True
)
outputs, states = rnn(x_data)
outputs = np.asarray(outputs)  # (3, 5, 2): word, time step, hidden unit

print('outputs shape: {}\n'.format(outputs.shape))
for i, word in enumerate(words):
    print('{} (outputs[{}]), one row per time step:\n{}\n'.format(
        word, i, outputs[i]))

# One panel per hidden unit: its value at each time step, one line per word
fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(8, 3.2), sharey=True)
for unit, ax in enumerate((ax0, ax1)):
    for i, word in enumerate(words):
        ax.plot(range(1, 6), outputs[i, :, unit], marker='o', label=word)
        # label each point with the character read
        for step, char in enumerate(word):
            ax.annotate(char, (step + 1, outputs[i, step, unit]),
                        textcoords='offset points', xytext=(4, 4), fontsize=8)
    ax.set_title('hidden unit {}'.format(unit))
    ax.set_xlabel('time step')
    ax.set_xticks(range(1, 6))
    ax.axhline(0, linewidth=0.5, color='gray')
ax0.set_ylabel('hidden state (tanh: -1 to 1)')
ax0.legend()
fig.tight_layout()
# a window when run alone; nothing under the site build's Agg backend
plt.show()
