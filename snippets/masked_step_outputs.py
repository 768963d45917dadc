# At a masked step the cell still runs; what comes out depends on the layer
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]
pad = [0, 0, 0, 0]

# 'lol' and 'oh' padded at the end to 5 steps: steps 3 and 4 are padding
x_data = np.array([[l, o, l, pad, pad],
                   [o, h, pad, pad, pad]], dtype=np.float32)
masked = layers.Masking(mask_value=0.0)(x_data)


class CountingCell(layers.SimpleRNNCell):
    """A SimpleRNNCell that counts the all-padding steps it computes."""

    def __init__(self, units, **kwargs):
        super().__init__(units, **kwargs)
        self.padding_steps_run = 0

    def call(self, sequence, states, training=False):
        if not np.any(sequence):  # every row of this step is padding
            self.padding_steps_run += 1
        return super().call(sequence, states, training=training)


cell = CountingCell(2)
layers.RNN(cell)(masked)  # runs eagerly, so the count is exact
all_padding = int((~np.any(x_data, axis=(0, 2))).sum())
print('steps that are padding in every row: {}'.format(all_padding))
print('of those, steps the cell computed: {}\n'.format(
    cell.padding_steps_run))

# a plain LSTM repeats the last real output at masked steps
lstm = layers.LSTM(2, return_sequences=True)
lstm_outputs = lstm(masked)
# Bidirectional with return_sequences=True writes zeros there instead
bi = layers.Bidirectional(layers.LSTM(2, return_sequences=True))
bi(masked)
bi.forward_layer.set_weights(lstm.get_weights())  # same forward LSTM
bi_outputs = bi(masked)
print("'oh', LSTM(return_sequences=True):\n{}".format(
    np.asarray(lstm_outputs[1])))
print("'oh', forward half of Bidirectional:\n{}".format(
    np.asarray(bi_outputs[1, :, :2])))
print('zero_output_for_mask: LSTM {}, inside Bidirectional {}'.format(
    lstm.zero_output_for_mask, bi.forward_layer.zero_output_for_mask))
