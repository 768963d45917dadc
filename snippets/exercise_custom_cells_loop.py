# Exercise: the loop keras.layers.RNN runs around a cell, in NumPy
import numpy as np


def counting_step(x_t, states):
    """The counting part of CountingRNNCell: (output, new states)."""
    (counts_prev,) = states
    counts = counts_prev + x_t
    return counts, [counts]


def run_rnn(step, x, initial_states):
    """Call step once per time step; stack the outputs along axis 1."""
    states = initial_states
    outputs = []
    for t in range(x.shape[1]):
        output, states = step(x[:, t, :], states)  # x[:, t, :]: one step
        outputs.append(output)
    return np.stack(outputs, axis=1), states


h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]
x_data = np.array([[h, e, l, l, o]], dtype=np.float32)  # (1, 5, 4)

initial_states = [np.zeros((1, 4), dtype=np.float32)]  # (batch, state size)
outputs, final_states = run_rnn(counting_step, x_data, initial_states)
print('outputs shape: {}'.format(outputs.shape))
print('counts after each step:\n{}'.format(outputs[0]))
print('final counts: {}'.format(final_states[0]))
