# Bidirectional's merge_mode: how the forward and backward outputs are joined
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

# 3 words in one batch: 'hello', 'eolll', 'lleel'
x_data = np.array([[h, e, l, l, o],
                   [e, o, l, l, l],
                   [l, l, e, e, l]], dtype=np.float32)

hidden_size = 3
merged = {}
weights = {}
for merge_mode in ['concat', 'sum', 'mul', 'ave', None]:
    # the same seed for every mode: every layer gets the same forward
    # weights and the same backward weights (the two still differ)
    keras.utils.set_random_seed(777)
    bi = layers.Bidirectional(
        layers.SimpleRNN(units=hidden_size, return_sequences=True),
        merge_mode=merge_mode)
    merged[merge_mode] = bi(x_data)
    weights[merge_mode] = bi.get_weights()

print('the five layers have the same weights: {}'.format(all(
    np.array_equal(a, b) for mode in weights
    for a, b in zip(weights[mode], weights[None]))))

# merge_mode=None does not merge: a forward and a backward tensor
forward, backward = merged[None]
print('merge_mode=None: {} tensors, shapes {} and {}\n'.format(
    len(merged[None]), forward.shape, backward.shape))

# the other modes, each checked against its rule
rules = {'concat': np.concatenate([forward, backward], axis=-1),
         'sum': forward + backward,
         'mul': forward * backward,
         'ave': (forward + backward) / 2}
for merge_mode, expected in rules.items():
    print('{:<6} shape: {}, equals its rule: {}'.format(
        merge_mode, merged[merge_mode].shape,
        np.allclose(merged[merge_mode], expected)))
