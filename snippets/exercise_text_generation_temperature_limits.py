# Exercise: what does softmax(logits / T) become for a tiny and a huge T?
import numpy as np

logits = np.array([2.0, 1.0, 0.5, -1.0])


def softmax_with_temperature(logits, temperature):
    z = logits / temperature
    p = np.exp(z - z.max())
    return p / p.sum()


for temperature in [0.01, 1.0, 100.0]:
    p = softmax_with_temperature(logits, temperature)
    print('T={}: {}'.format(temperature, np.round(p, 4)))
print('one-hot at the argmax: {}'.format(np.eye(4)[np.argmax(logits)]))
print('uniform: {}'.format(np.full(4, 1 / 4)))
