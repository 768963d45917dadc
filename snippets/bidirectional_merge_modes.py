# Bidirectional's merge_mode: how the forward and the backward outputs
# are joined, on "hello"
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

MERGE_MODE = 'concat'  # try: 'concat', 'sum', 'mul', 'ave', None

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)  # (1, 5, 4)

hidden_size = 3
bi = layers.Bidirectional(
    layers.SimpleRNN(units=hidden_size, return_sequences=True),
    merge_mode=MERGE_MODE)
result = bi(x_data)

# Each direction alone. The backward layer reads from the last step and
# returns its steps in that order: flip them back to the input's order
forward = np.asarray(bi.forward_layer(x_data))
backward = np.flip(np.asarray(bi.backward_layer(x_data)), axis=1)


def show(array):
    """The values to 4 decimals, so that six columns fit on a line."""
    return np.array2string(np.asarray(array), precision=4,
                           suppress_small=True)


print('forward, shape {}:\n{}'.format(forward.shape, show(forward)))
print('backward, shape {}:\n{}\n'.format(backward.shape, show(backward)))

if MERGE_MODE is None:
    # nothing merged: the two directions come back as two tensors
    first, second = result
    print('merge_mode=None: 2 tensors, shapes {} and {}'.format(
        tuple(first.shape), tuple(second.shape)))
    print('first == forward: {}'.format(np.allclose(first, forward)))
    print('second == backward: {}'.format(np.allclose(second, backward)))
else:
    # each mode's rule, as NumPy computes it from the two directions
    rules = {
        'concat': ('forward and backward side by side',
                   np.concatenate([forward, backward], axis=-1)),
        'sum': ('forward + backward', forward + backward),
        'mul': ('forward * backward', forward * backward),
        'ave': ('(forward + backward) / 2', (forward + backward) / 2),
    }
    rule, expected = rules[MERGE_MODE]
    merged = np.asarray(result)
    print('merge_mode={!r}: 1 tensor, shape {}:\n{}'.format(
        MERGE_MODE, merged.shape, show(merged)))
    print('equals {}: {}'.format(rule, np.allclose(merged, expected)))
