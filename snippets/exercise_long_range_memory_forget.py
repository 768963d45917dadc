# Exercise: along the cell state, the gradient is multiplied by the forget
# gate once per step. How much survives k steps at a forget gate value f?
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


steps = 24  # from the first step to the last of a length-25 sequence
for bias in [1.0, 3.0, 5.0]:  # Keras starts the forget bias at 1.0
    f = sigmoid(bias)  # the forget gate with nothing else adding to it
    print('forget bias {}: f = {:.3f}, f ** {} = {:.2e}'.format(
        bias, f, steps, f ** steps))

# Which f keeps half of it over 24 steps, and which bias gives that f?
f_half = 0.5 ** (1 / steps)
print('\nf for one half after {} steps: {:.4f}, bias {:.2f}'.format(
    steps, f_half, np.log(f_half / (1 - f_half))))
