# SimpleRNN(units=2) on 4-dim input: its three weights and its parameter count
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

x_data = np.array([[h, e, l, l, o]], dtype=np.float32)

hidden_size = 2
rnn = layers.SimpleRNN(
    units=hidden_size, return_sequences=True, return_state=True
)
# the first call builds the weights for 4-dim input
outputs, states = rnn(x_data)

# get_weights() returns them in this order: kernel, recurrent_kernel, bias
kernel, recurrent_kernel, bias = rnn.get_weights()
print('kernel: {}, shape: {}'.format(kernel, kernel.shape))
print('recurrent_kernel: {}, shape: {}'.format(recurrent_kernel,
                                                recurrent_kernel.shape))
print('bias: {}, shape: {}\n'.format(bias, bias.shape))

# every weight entry is one parameter: 4*2 + 2*2 + 2
total = kernel.size + recurrent_kernel.size + bias.size
print('kernel.size + recurrent_kernel.size + bias.size: {}'.format(total))
print('rnn.count_params(): {}'.format(rnn.count_params()))
