# Exploding gradients: SimpleRNN whose recurrent kernel starts 4 times larger
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(42)

batch_size, sequence_length, input_dim, units = 8, 100, 8, 16
x = tf.constant(np.random.normal(
    size=(batch_size, sequence_length, input_dim)), dtype=tf.float32)

# Orthogonal(gain=1.0) is SimpleRNN's default recurrent initializer
rnns = {gain: layers.SimpleRNN(units, recurrent_initializer=(
            keras.initializers.Orthogonal(gain=gain)))
        for gain in [1.0, 4.0]}
input_norms, weight_grads = {}, {}
for gain, rnn in rnns.items():
    with tf.GradientTape() as tape:
        tape.watch(x)
        total = tf.reduce_sum(rnn(x))  # the sum of the last step's h
    # one gradient for x and one for each weight, each of its shape
    grad_x, *weight_grads[gain] = tape.gradient(
        total, [x] + rnn.trainable_weights)
    input_norms[gain] = np.linalg.norm(grad_x, axis=-1).mean(axis=0)

    print('gain {}: recurrent_kernel, largest singular value {:.2f}'.format(
        gain, np.linalg.svd(rnn.get_weights()[1], compute_uv=False)[0]))
    by_steps_back = input_norms[gain][::-1]
    print('  input gradient, steps back 0/25/50/99: {}'.format(
        ' / '.join('{:.1e}'.format(by_steps_back[s])
                   for s in [0, 25, 50, 99])))
    for weight, grad in zip(rnn.trainable_weights, weight_grads[gain]):
        print('  gradient for {}: shape {}, norm {:.1e}'.format(
            weight.name, grad.shape, np.linalg.norm(grad)))

    # The same forward pass again in NumPy, in float64 instead of float32
    kernel, recurrent_kernel, bias = (
        w.astype(np.float64) for w in rnn.get_weights())
    h = np.zeros((batch_size, units))
    for t in range(sequence_length):
        h = np.tanh(np.asarray(x[:, t], np.float64) @ kernel
                    + h @ recurrent_kernel + bias)
    print('  last h in float64 vs float32, largest difference: {:.1e}'.format(
        np.abs(h - rnn(x)).max()))
