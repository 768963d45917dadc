# Exercise: can the weights of a GRU with reset_after=True go into a
# GRU with reset_after=False, the bias's two rows added into one?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

x = np.random.normal(size=(2, 6, 4)).astype(np.float32)
after = layers.GRU(3)  # reset_after=True
before = layers.GRU(3, reset_after=False)
after.build(x.shape)
before.build(x.shape)
kernel, recurrent_kernel, bias = after.get_weights()
# nonzero biases (they start at zero), so that both rows count
bias = np.random.normal(size=bias.shape).astype(np.float32)
after.set_weights([kernel, recurrent_kernel, bias])

try:  # as they are: bias (2, 9) where (9,) is expected
    before.set_weights(after.get_weights())
except ValueError:
    print('set_weights raised ValueError: bias {} into {}'.format(
        bias.shape, tuple(before.weights[2].shape)))

# The two rows added: z and r get the same sums as before, but h...
before.set_weights([kernel, recurrent_kernel, bias.sum(axis=0)])
difference = np.max(np.abs(before(x) - after(x)))
print('rows added, max abs difference: {}'.format(difference))
print('the same GRU: {}'.format(difference < 1e-6))
