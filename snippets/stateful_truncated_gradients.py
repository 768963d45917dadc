# Truncated backpropagation through time: no gradient crosses a chunk
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

x_long = np.random.uniform(-1, 1, size=(2, 8, 3)).astype(np.float32)
first = tf.constant(x_long[:, :4])  # chunk 1: steps 0-3
second = tf.constant(x_long[:, 4:])  # chunk 2: steps 4-7

rnn = layers.SimpleRNN(units=4, stateful=True)
model = keras.Sequential([keras.Input(batch_shape=(2, None, 3)), rnn])
with tf.GradientTape(persistent=True) as tape:
    tape.watch([first, second])
    model(first)  # the state after step 3 is kept in rnn.states
    loss = tf.reduce_sum(model(second) ** 2)  # a loss on chunk 2
print('chunk 2 loss -> chunk 2 inputs: {}'.format(
    tape.gradient(loss, second).shape))
print('chunk 2 loss -> chunk 1 inputs: {}\n'.format(
    tape.gradient(loss, first)))

# the same steps read in one call: the gradient reaches step 0
whole = tf.constant(x_long)
whole_rnn = layers.SimpleRNN(units=4)
whole_rnn(whole)
whole_rnn.set_weights(rnn.get_weights())
with tf.GradientTape() as tape:
    tape.watch(whole)
    loss = tf.reduce_sum(whole_rnn(whole) ** 2)
gradient = tape.gradient(loss, whole)
print('one call, largest |gradient| at steps 0-3: {:.4f}'.format(
    float(tf.reduce_max(tf.abs(gradient[:, :4])))))
