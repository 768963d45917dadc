# Exercise: the shapes for 4 words of 6 characters and hidden_size 3,
# worked out with NumPy alone (the same recurrence SimpleRNN computes)
import numpy as np

alphabet = 'helo'
words = ['hehehe', 'lolloh', 'hoolee', 'elloho']
hidden_size = 3

# a one-hot row per character: (batch_size, sequence_length, input_dimension)
x_data = np.eye(len(alphabet), dtype=np.float32)[
    [[alphabet.index(c) for c in word] for word in words]]
print('x_data shape: {}'.format(x_data.shape))

# any weights of the right shapes will do for the shapes
rng = np.random.default_rng(0)
kernel = rng.normal(size=(len(alphabet), hidden_size))
recurrent_kernel = rng.normal(size=(hidden_size, hidden_size))
bias = np.zeros(hidden_size)

h_t = np.zeros((len(words), hidden_size))  # one h per word
steps = []
for t in range(x_data.shape[1]):
    h_t = np.tanh(x_data[:, t, :] @ kernel + h_t @ recurrent_kernel + bias)
    steps.append(h_t)
outputs = np.stack(steps, axis=1)  # return_sequences=True
states = h_t  # return_state=True: the last h
print('outputs shape: {}'.format(outputs.shape))
print('states shape: {}'.format(states.shape))
