# Exercise: the perplexity of three made-up models on 10 characters
import numpy as np

# the probability each model gave to the character that came next
models = {
    'uniform over 4 characters': np.full(10, 1 / 4),
    'right with 0.5 every time': np.full(10, 0.5),
    '0.9 nine times, 0.001 once': np.array([0.9] * 9 + [0.001]),
}
for name, p in models.items():
    loss = -np.log(p).mean()  # the cross-entropy, as Keras computes it
    print('{:27} loss {:.4f}, perplexity {:.2f}'.format(
        name, loss, np.exp(loss)))
