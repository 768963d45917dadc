# The adding problem (Hochreiter and Schmidhuber, 1997): a value and a
# marker at every step; the target is the sum of the two marked values
import numpy as np

rng = np.random.default_rng(7)


def adding_problem(n, length):
    """n (value, marker) sequences and the sums of their marked values."""
    values = rng.uniform(size=(n, length))  # uniform on [0, 1)
    rows = np.arange(n)
    first = rng.integers(0, length // 2, size=n)  # a step in the first half
    second = rng.integers(length // 2, length, size=n)  # one in the second
    markers = np.zeros((n, length))
    markers[rows, first] = 1.0
    markers[rows, second] = 1.0
    x = np.stack([values, markers], axis=-1).astype('float32')
    y = (values[rows, first] + values[rows, second]).astype('float32')
    return x, y, first


x, y, first = adding_problem(1000, 10)
print('x shape: {}, y shape: {}'.format(x.shape, y.shape))
np.set_printoptions(precision=2)
print('first sequence, values:  {}'.format(x[0, :, 0]))
print('first sequence, markers: {}'.format(x[0, :, 1]))
print('its target: {:.2f}'.format(y[0]))

# Without looking at the inputs, the best constant guess is the mean, 1.0;
# its mean squared error is the variance of a sum of two uniform values
baseline_mse = np.mean((y - 1.0) ** 2)
print('\nalways 1.0: MSE {:.3f} on these {} sequences (1/6 = {:.3f})'.format(
    baseline_mse, len(y), 1 / 6))
