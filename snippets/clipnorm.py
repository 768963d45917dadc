# clipnorm, global_clipnorm, clipvalue: three ways to keep gradients small
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(42)

batch_size, sequence_length, input_dim, units = 8, 100, 8, 16
x = tf.constant(np.random.normal(
    size=(batch_size, sequence_length, input_dim)), dtype=tf.float32)
rnn = layers.SimpleRNN(units, recurrent_initializer=(
    keras.initializers.Orthogonal(gain=4.0)))  # exploding, as before

with tf.GradientTape() as tape:
    total = tf.reduce_sum(rnn(x))
grads = tape.gradient(total, rnn.trainable_weights)
names = [weight.name for weight in rnn.trainable_weights]
before = rnn.get_weights()
print('gradient norms:      ' + ', '.join(
    '{} {:.1e}'.format(n, np.linalg.norm(g)) for n, g in zip(names, grads)))

learning_rate = 0.01
for option in ['clipnorm', 'global_clipnorm', 'clipvalue']:
    rnn.set_weights(before)
    optimizer = keras.optimizers.SGD(learning_rate=learning_rate,
                                     **{option: 1.0})
    optimizer.apply_gradients(zip(grads, rnn.trainable_weights))
    # plain SGD: new weight = old weight - learning_rate * (clipped) gradient
    applied = [(b - a) / learning_rate
               for b, a in zip(before, rnn.get_weights())]
    print('{:21s}'.format(option + '=1.0:') + ', '.join(
        '{} {:.4f}'.format(n, np.linalg.norm(g))
        for n, g in zip(names, applied)))
    print('  all of them together: norm {:.4f}, largest entry {:.4f}'.format(
        np.sqrt(sum(np.sum(g ** 2) for g in applied)),
        max(np.abs(g).max() for g in applied)))

# An optimizer takes one of the three options, never two
try:
    keras.optimizers.SGD(learning_rate=learning_rate,
                         clipnorm=1.0, clipvalue=1.0)
except ValueError as error:
    print('\nclipnorm and clipvalue together: {}:\n  {}'.format(
        type(error).__name__, str(error).split(' Received')[0]))
