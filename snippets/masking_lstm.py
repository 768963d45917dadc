# Masking in front of an LSTM; which masks would the cuDNN kernel accept?
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(777)

h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]
pad = [0, 0, 0, 0]  # padding: an all-zero vector

# 'hello', 'lol', 'oh' padded at the end (post) to 5 steps
x_data = np.array([[h, e, l, l, o],
                   [l, o, l, pad, pad],
                   [o, h, pad, pad, pad]], dtype=np.float32)

# Masking: a step whose vector is all mask_value is skipped
masking = layers.Masking(mask_value=0.0)
lstm = layers.LSTM(units=2, return_state=True)
masked = masking(x_data)
mask = masking.compute_mask(x_data)
output, state_h, state_c = lstm(masked)
print('x_data shape: {}, mask shape: {}'.format(x_data.shape, mask.shape))
print('mask:\n{}\n'.format(np.asarray(mask)))
print('output: {}, state_h: {}, state_c: {}'.format(
    output.shape, state_h.shape, state_c.shape))

# 'lol' alone, 3 steps, through the same LSTM
_, lol_h, lol_c = lstm(x_data[1:2, :3])
print("'lol' padded+masked: h {}".format(np.asarray(state_h[1])))
print("'lol' alone:         h {}".format(np.asarray(lol_h[0])))
print("'lol' padded+masked: c {}".format(np.asarray(state_c[1])))
print("'lol' alone:         c {}\n".format(np.asarray(lol_c[0])))


def cudnn_accepts(mask):
    """True when every row is real steps first, then only padding,
    and no row is padding only: the condition of Keras's cuDNN path."""
    mask = np.asarray(mask)
    lengths = mask.sum(axis=1, keepdims=True)
    right_padded = (mask == (np.arange(mask.shape[1]) < lengths)).all()
    return bool(right_padded and (lengths > 0).all())


# the same words padded at the front (pre) instead
front = np.array([[h, e, l, l, o],
                  [pad, pad, l, o, l],
                  [pad, pad, pad, o, h]], dtype=np.float32)
# padded at the end, with a row of padding only
empty_row = np.array([[h, e, l, l, o],
                      [l, o, l, pad, pad],
                      [pad, pad, pad, pad, pad]], dtype=np.float32)
print('post padding, cuDNN accepts the mask: {}'.format(cudnn_accepts(mask)))
print('pre padding, cuDNN accepts the mask: {}'.format(
    cudnn_accepts(masking.compute_mask(front))))
print('a row of padding only, cuDNN accepts the mask: {}'.format(
    cudnn_accepts(masking.compute_mask(empty_row))))
