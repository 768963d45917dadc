# Exercise: a cell with state_size [3, 5, 1]: what shapes come back?
import numpy as np

rng = np.random.default_rng(0)
batch_size, sequence_length, input_dim, units = 2, 7, 5, 3
state_size = [units, input_dim, 1]  # h, a running sum, a step counter

kernel = rng.normal(size=(input_dim, units))
recurrent_kernel = rng.normal(size=(units, units))


def step(x_t, states):
    h_prev, sums_prev, steps_prev = states
    h = np.tanh(x_t @ kernel + h_prev @ recurrent_kernel)
    return h, [h, sums_prev + x_t, steps_prev + 1]


# What RNN does when no initial_state is given: zeros, (batch, size) each
states = [np.zeros((batch_size, size)) for size in state_size]
x = rng.normal(size=(batch_size, sequence_length, input_dim))
outputs = []
for t in range(sequence_length):
    output, states = step(x[:, t, :], states)
    outputs.append(output)
outputs = np.stack(outputs, axis=1)

# RNN(cell, return_sequences=True, return_state=True) returns the outputs
# and then every state: 1 + len(state_size) tensors
print('tensors returned: {}'.format(1 + len(states)))
print('outputs shape: {}'.format(outputs.shape))
for name, state in zip(['h', 'sums', 'steps'], states):
    print('{} shape: {}'.format(name, state.shape))
print('steps: {}'.format(states[2].ravel()))
