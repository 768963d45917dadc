# How strongly does the last step's output depend on each earlier input?
# The norm of d(sum of h_T)/d(x_t) for every t: SimpleRNN versus LSTM
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
import matplotlib.pyplot as plt

keras.utils.set_random_seed(42)

batch_size, sequence_length, input_dim, units = 8, 100, 8, 16
x = tf.constant(np.random.normal(
    size=(batch_size, sequence_length, input_dim)), dtype=tf.float32)


def gradient_norms(layer):
    """Norm of the gradient for each time step, averaged over the batch."""
    with tf.GradientTape() as tape:
        tape.watch(x)  # x is not a weight: ask the tape to follow it
        last = layer(x)  # (batch_size, units): the last time step's h
        total = tf.reduce_sum(last)
    grads = tape.gradient(total, x)  # same shape as x
    return np.linalg.norm(grads, axis=-1).mean(axis=0)  # (sequence_length,)


simple_rnn = layers.SimpleRNN(units)
lstm = layers.LSTM(units)
# The same LSTM with its forget gate held near 1: bias blocks are i, f, c, o
lstm_keep = layers.LSTM(units)
lstm_keep.build(x.shape)
kernel, recurrent_kernel, bias = lstm_keep.get_weights()
print('initial forget gate bias: {}'.format(bias[units:2 * units]))
bias[units:2 * units] = 5.0  # sigmoid(5) is about 0.993
lstm_keep.set_weights([kernel, recurrent_kernel, bias])

norms = {'SimpleRNN': gradient_norms(simple_rnn),
         'LSTM': gradient_norms(lstm),
         'LSTM, forget bias 5': gradient_norms(lstm_keep)}
print('x shape: {}, norms shape: {}\n'.format(x.shape, norms['LSTM'].shape))

steps_back = np.arange(sequence_length)  # 0: the last step itself
shown = [0, 10, 25, 50, 99]
print('steps back:          ' + ''.join('{:>10d}'.format(s) for s in shown))
for name, norm in norms.items():
    by_steps_back = norm[::-1]  # index k: k steps before the last
    print('{:20s} '.format(name)
          + ''.join('{:10.1e}'.format(by_steps_back[s]) for s in shown))

fig, ax = plt.subplots(figsize=(7, 3.6))
for name, norm in norms.items():
    ax.plot(steps_back, norm[::-1], label=name)
ax.set_yscale('log')
ax.set_xlabel('steps back from the last time step')
ax.set_ylabel('gradient norm (log scale)')
ax.set_title('d(sum of last output) / d(input), {} time steps'.format(
    sequence_length))
ax.legend()
fig.tight_layout()
plt.show()  # a window when run alone; nothing under the site build's Agg
