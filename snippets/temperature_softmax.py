# Temperature: divide the scores (logits) by T, then take the softmax
import numpy as np

TEMPERATURE = 1.0  # try: 0.2, 0.5, 1.0, 2.0

logits = np.array([2.0, 1.0, 0.5, -1.0])  # scores for four characters


def softmax_with_temperature(logits, temperature):
    z = logits / temperature
    p = np.exp(z - z.max())  # minus the max: same result, no overflow
    return p / p.sum()


p = softmax_with_temperature(logits, TEMPERATURE)
# entropy: 0 if one character is certain, larger as p spreads out
entropy = -(p * np.log(p)).sum()
print('T={}: logits / T = {}'.format(TEMPERATURE, logits / TEMPERATURE))
print('probabilities: {}'.format(np.round(p, 3)))
print('entropy: {:.3f} nats'.format(entropy))

rng = np.random.default_rng(0)  # seeded: the same draws on every run
draws = rng.choice(len(logits), size=1000, p=p)
counts = np.bincount(draws, minlength=len(logits))
print('first 20 draws: {}'.format(draws[:20]))
print('1000 draws per character: {}'.format(counts))
