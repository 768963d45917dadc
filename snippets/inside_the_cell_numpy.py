# SimpleRNN by hand, one time step at a time
# in NumPy, from the layer's own weights:
# h_t = tanh(x_t . kernel + h_{t-1} . recurrent_kernel + bias)
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers, ops

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
outputs, states = rnn(x_data)

kernel, recurrent_kernel, bias = rnn.get_weights()
# h_0: the state starts at zero
h_t = np.zeros((1, hidden_size), dtype=np.float32)
steps = []
for t, char in enumerate('hello'):
    x_t = x_data[:, t, :]  # (1, 4): one character
    # (1, 4)@(4, 2) + (1, 2)@(2, 2) + (2,) -> (1, 2)
    h_t = np.tanh(x_t @ kernel + h_t @ recurrent_kernel + bias)
    steps.append(h_t)
    print('t={} {}: h_t: {}, shape: {}'.format(t, char, h_t, h_t.shape))
numpy_outputs = np.stack(steps, axis=1)  # (1, 5, 2), like outputs

print('\nnumpy_outputs: {}, shape: {}'.format(
    numpy_outputs, numpy_outputs.shape))
print('outputs: {}, shape: {}\n'.format(outputs, outputs.shape))

# np.tanh and TensorFlow's tanh may round a float32 result apart
# in the last bit: compare with a tolerance
print('np.allclose(numpy_outputs, outputs): {}'.format(
    np.allclose(numpy_outputs, outputs)))
print('max abs difference: {}'.format(
    np.max(np.abs(numpy_outputs - outputs))))

# The same loop with TensorFlow's tanh (ops.tanh) in place of np.tanh
h_t = np.zeros((1, hidden_size), dtype=np.float32)
tf_tanh_steps = []
for t in range(len('hello')):
    h_t = np.asarray(ops.tanh(
        x_data[:, t, :] @ kernel + h_t @ recurrent_kernel + bias))
    tf_tanh_steps.append(h_t)
tf_tanh_outputs = np.stack(tf_tanh_steps, axis=1)
print('max abs difference with ops.tanh: {}'.format(
    np.max(np.abs(tf_tanh_outputs - outputs))))
