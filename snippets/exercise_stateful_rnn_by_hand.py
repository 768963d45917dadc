# Exercise: carry the state by hand, with return_state and initial_state
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

x_long = np.random.uniform(-1, 1, size=(2, 12, 3)).astype(np.float32)
rnn = layers.SimpleRNN(units=4, return_state=True)  # not stateful
_, whole = rnn(x_long)

state = None  # None: the first chunk starts from zeros
for start in range(0, 12, 4):
    _, state = rnn(x_long[:, start:start + 4], initial_state=state)

print('state shape: {}'.format(state.shape))
print('by hand == whole: {}'.format(np.array_equal(state, whole)))
