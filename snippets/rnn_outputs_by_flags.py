# One recurrent layer on "hello": what a call returns for each choice
# of layer, return_sequences and return_state
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

LAYER = 'SimpleRNN'  # try: 'SimpleRNN', 'LSTM', 'GRU'
RETURN_SEQUENCES = False  # try: False, True
RETURN_STATE = False  # try: False, True

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)  # (1, 5, 4)

hidden_size = 2
layer_class = {'SimpleRNN': layers.SimpleRNN,
               'LSTM': layers.LSTM,
               'GRU': layers.GRU}[LAYER]
rnn = layer_class(units=hidden_size,
                  return_sequences=RETURN_SEQUENCES,
                  return_state=RETURN_STATE)
result = rnn(x_data)

# What each returned tensor is, named as in the course: LSTM has two
# states (h and c), SimpleRNN and GRU one (h)
if RETURN_SEQUENCES:
    roles = [('outputs', 'h_t at every time step')]
else:
    roles = [('outputs', 'h_t at the last time step')]
if RETURN_STATE and LAYER == 'LSTM':
    roles += [('state_h', 'the final hidden state h'),
              ('state_c', 'the final cell state c')]
elif RETURN_STATE:
    roles += [('states', 'the final hidden state h')]

# return_state says whether several tensors come back, not the
# container's type (Keras 3 returns a tuple, tf.keras 2 a list)
tensors = list(result) if RETURN_STATE else [result]
names = [name for name, _ in roles]

print('rnn = layers.{}({}, return_sequences={}, return_state={})'.format(
    LAYER, hidden_size, RETURN_SEQUENCES, RETURN_STATE))
print('{} = rnn(x_data)  # {} tensor{}'.format(
    ', '.join(names), len(tensors), '' if len(tensors) == 1 else 's'))
for (name, role), tensor in zip(roles, tensors):
    print('\n{}: shape {}, {}'.format(name, tuple(tensor.shape), role))
    print(np.array2string(np.asarray(tensor), precision=4))

# The final h is the last time step of outputs; the cell state c is not
outputs = np.asarray(tensors[0])
last_step = outputs[:, -1] if RETURN_SEQUENCES else outputs
last_step_name = 'outputs[:, -1]' if RETURN_SEQUENCES else 'outputs'
if RETURN_STATE:
    print()
for name, tensor in zip(names[1:], tensors[1:]):
    print('{} == {}: {}'.format(name, last_step_name,
                                np.array_equal(tensor, last_step)))
