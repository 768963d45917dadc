# Temperature: divide the scores (logits) by T, then take the softmax
import numpy as np

logits = np.array([2.0, 1.0, 0.5, -1.0])  # scores for four characters


def softmax_with_temperature(logits, temperature):
    z = logits / temperature
    p = np.exp(z - z.max())  # minus the max: same result, no overflow
    return p / p.sum()


rng = np.random.default_rng(0)  # seeded: the same draws on every run
for temperature in [0.2, 1.0, 2.0]:
    p = softmax_with_temperature(logits, temperature)
    draws = rng.choice(len(logits), size=1000, p=p)
    counts = np.bincount(draws, minlength=len(logits))
    print('T={}: probabilities {}, 1000 draws {}'.format(
        temperature, np.round(p, 3), counts))
