# Exercise: which columns of an LSTM's kernel belong to the output
# gate o? Hold each block's gate at 1 in turn (bias 100) and see which
# one makes h_t = tanh(c_t): that block is o.
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

input_dimension, units = 5, 3
x = np.random.normal(size=(2, 6, input_dimension)).astype(np.float32)
lstm = layers.LSTM(units, return_state=True)
lstm.build(x.shape)
kernel, recurrent_kernel, bias = lstm.get_weights()
print('kernel: {}'.format(kernel.shape))

for k in range(4):
    cols = slice(k * units, (k + 1) * units)
    held = bias.copy()
    held[cols] = 100.0  # sigmoid(100) is 1 in float32
    lstm.set_weights([kernel, recurrent_kernel, held])
    output, state_h, state_c = lstm(x)
    print('block {}, columns {}:{}: h == tanh(c): {}'.format(
        k, cols.start, cols.stop,
        np.allclose(state_h, np.tanh(state_c), atol=1e-6)))
