# SimpleRNN with every combination of
# return_sequences and return_state, on "hello"
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)  # (1, 5, 4)


def as_tensors(result, return_state):
    """One tensor, or several when return_state=True. The flag says which:
    the container's type does not (Keras 3 returns a tuple, tf.keras 2 a
    list)."""
    return list(result) if return_state else [result]


def show(result, return_state):
    """Print what a layer returned: one tensor, or each of several."""
    if return_state:
        print('  returns: a {} of {} tensors'.format(type(result).__name__,
                                                    len(result)))
        for i, tensor in enumerate(result):
            print('  [{}]: {}, shape: {}'.format(i, tensor, tensor.shape))
    else:
        print('  returns: one tensor')
        print('  {}, shape: {}'.format(result, result.shape))


hidden_size = 2
results = {}
for return_sequences in (False, True):
    for return_state in (False, True):
        # again: all four layers get the same weights
        keras.utils.set_random_seed(777)
        rnn = layers.SimpleRNN(units=hidden_size,
                               return_sequences=return_sequences,
                               return_state=return_state)
        result = rnn(x_data)
        results[(return_sequences, return_state)] = result
        print('return_sequences={}, return_state={}'.format(return_sequences,
                                                            return_state))
        show(result, return_state)

# The same facts as a table: what each combination returns, and the shapes
row = '{:<17} {:<13} {:<12} {}'
print('\n' + row.format(
    'return_sequences', 'return_state', 'returns', 'shapes'))
for (return_sequences, return_state), result in results.items():
    tensors = as_tensors(result, return_state)
    kind = '{} tensors'.format(len(tensors)) if return_state else 'one tensor'
    shapes = ', '.join(str(tuple(t.shape)) for t in tensors)
    print(row.format(str(return_sequences), str(return_state), kind, shapes))
