# Exercise: a one-unit linear RNN, h_t = w * h_{t-1} + x_t.
# How much does h_T change when x_{T-k} changes? d(h_T)/d(x_{T-k}) = w ** k
import numpy as np

for w in [0.9, 1.0, 1.1]:
    print('w = {}: '.format(w) + ', '.join(
        'k={}: {:.3g}'.format(k, w ** k) for k in [1, 10, 50]))

# Check one value by nudging an input: run the recurrence twice
w, steps, k, nudge = 0.9, 60, 50, 1e-6
x = np.random.default_rng(0).normal(size=steps)


def last_h(x):
    h = 0.0
    for x_t in x:
        h = w * h + x_t
    return h


nudged = x.copy()
nudged[steps - 1 - k] += nudge  # the input k steps before the last
print('\nw = 0.9, 50 steps back, by nudging: {:.3g}'.format(
    (last_h(nudged) - last_h(x)) / nudge))
