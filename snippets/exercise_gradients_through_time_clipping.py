# Exercise: clipnorm=1.0 versus global_clipnorm=1.0 on two gradients
import numpy as np

grads = [np.array([3.0, 4.0]), np.array([0.3, 0.4])]  # norms 5 and 0.5

# clipnorm: each gradient on its own, shortened to norm 1 if longer
clipped = [g * min(1.0, 1.0 / np.linalg.norm(g)) for g in grads]
print('clipnorm:        {} {}'.format(*clipped))

# global_clipnorm: all gradients as one vector, shortened together
global_norm = np.sqrt(sum(np.sum(g ** 2) for g in grads))
scaled = [g * min(1.0, 1.0 / global_norm) for g in grads]
print('global norm: {:.4f}'.format(global_norm))
print('global_clipnorm: {} {}'.format(*scaled))

for name, result in [('clipnorm', clipped), ('global_clipnorm', scaled)]:
    print('{}: second / first norm = {:.2f}'.format(
        name, np.linalg.norm(result[1]) / np.linalg.norm(result[0])))
