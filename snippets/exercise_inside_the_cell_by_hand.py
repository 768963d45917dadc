# Exercise: with these weights, compute h_1 and h_2 for "he" by hand
import numpy as np

kernel = np.array([[0.5, -0.5],
                   [1.0, 0.0],
                   [0.0, 1.0],
                   [-1.0, 0.5]])  # (input_dimension 4, hidden_size 2)
recurrent_kernel = np.array([[0.0, 1.0],
                             [1.0, 0.0]])  # (2, 2)
bias = np.array([0.1, -0.1])  # (2,)

h = np.array([1.0, 0.0, 0.0, 0.0])
e = np.array([0.0, 1.0, 0.0, 0.0])

h_0 = np.zeros(2)
# one-hot h picks row 0 of kernel; h_0 @ recurrent_kernel is zero
h_1 = np.tanh(h @ kernel + h_0 @ recurrent_kernel + bias)
print('h_1 = tanh(kernel[0] + bias) = tanh({}) = {}'.format(
    kernel[0] + bias, h_1))
# recurrent_kernel swaps the two entries of h_1
h_2 = np.tanh(e @ kernel + h_1 @ recurrent_kernel + bias)
print('h_2 = tanh(kernel[1] + h_1[::-1] + bias)')
print('    = tanh({}) = {}'.format(
    kernel[1] + h_1[::-1] + bias, h_2))
