# Exercise: read "hel", then "lo" starting from the state "hel" left.
# Is that the same as reading "hello" at once?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

hello = np.array([[h, e, l, l, o]], dtype=np.float32)

rnn = layers.SimpleRNN(units=2, return_sequences=True, return_state=True)
whole_outputs, whole_states = rnn(hello)

first_outputs, first_states = rnn(hello[:, :3])  # 'hel'
# initial_state: start 'lo' from the state after 'hel', not from zeros
rest_outputs, rest_states = rnn(hello[:, 3:], initial_state=first_states)

joined = np.concatenate([first_outputs, rest_outputs], axis=1)
print('joined outputs shape: {}'.format(joined.shape))
print('same outputs as at once: {}'.format(
    np.allclose(joined, whole_outputs)))
print('same last state: {}'.format(np.allclose(rest_states, whole_states)))
