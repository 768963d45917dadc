# reset_state(): a stateful RNN starts again from zeros
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

batch_size, features = 2, 3
chunk = np.random.uniform(-1, 1, size=(batch_size, 4, features))
chunk = chunk.astype(np.float32)

rnn = layers.SimpleRNN(units=4, stateful=True)
model = keras.Sequential([
    keras.Input(batch_shape=(batch_size, None, features)), rnn])

first = np.asarray(model(chunk))
again = np.asarray(model(chunk))  # goes on from where first stopped
print('first call:  {}'.format(first[0]))
print('second call: {}'.format(again[0]))
print('same: {}\n'.format(np.array_equal(first, again)))

rnn.reset_state()  # every kept state back to zeros
print('kept state after reset_state():\n{}'.format(
    np.asarray(rnn.states[0])))
after_reset = np.asarray(model(chunk))
print('after reset: {}'.format(after_reset[0]))
print('same as the first call: {}'.format(
    np.array_equal(first, after_reset)))

# a Keras 3 Model has no reset method: reset its stateful layers
print('\nmodel has reset_state: {}, reset_states: {}'.format(
    hasattr(model, 'reset_state'), hasattr(model, 'reset_states')))
for layer in model.layers:
    if getattr(layer, 'stateful', False):
        layer.reset_state()
