# Exercise: SimpleRNN(units=8) on 10-dimensional input. What shapes do
# its three weights have, and how many parameters? Ask Keras: build it.
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

input_dimension = 10
rnn = layers.SimpleRNN(units=8)
# the weights are made for the input's last axis; 5 steps, any batch
rnn.build((None, 5, input_dimension))

for weight in rnn.weights:
    print('{}: shape {}, {} parameters'.format(
        weight.name, tuple(weight.shape), weight.numpy().size))
print('rnn.count_params(): {}'.format(rnn.count_params()))
