"""Backpropagation through time by hand, in NumPy (float64): the gradients of sum(h_T).

Independent of TensorFlow's autodiff, to check the gradients the gradients-through-time page
measures with ``tf.GradientTape``. Keras conventions: SimpleRNN h_t = tanh(x_t W + h_{t-1} U + b);
LSTM gates i, f, c~, o side by side in W, U, b; h_0 = c_0 = 0.
"""

from __future__ import annotations

import numpy as np

from tests.gated_reference import sigmoid


def simple_rnn_gradients(x, kernel, recurrent_kernel, bias, states=None) -> tuple[np.ndarray, list[np.ndarray]]:
    """d(sum of h_T)/dx, shape of x, and the gradients for [kernel, recurrent_kernel, bias].

    ``states`` (batch, time, units): the h_t to differentiate at, e.g. Keras's own float32 ones. A chaotic
    recurrence (large recurrent weights) makes float64 and float32 forward passes part ways; then only
    the backward pass can be compared, at the same h_t.
    """
    x, kernel, recurrent_kernel, bias = (np.asarray(a, dtype=np.float64) for a in (x, kernel, recurrent_kernel, bias))
    batch, steps, _ = x.shape
    hs = [np.zeros((batch, kernel.shape[1]))]
    if states is not None:
        hs += list(np.asarray(states, dtype=np.float64).transpose(1, 0, 2))
    for t in range(len(hs) - 1, steps):
        hs.append(np.tanh(x[:, t] @ kernel + hs[-1] @ recurrent_kernel + bias))
    grad_x = np.zeros_like(x)
    grads = [np.zeros_like(kernel), np.zeros_like(recurrent_kernel), np.zeros_like(bias)]
    dh = np.ones_like(hs[-1])
    for t in reversed(range(steps)):
        da = dh * (1 - hs[t + 1] ** 2)  # through tanh
        grad_x[:, t] = da @ kernel.T
        grads[0] += x[:, t].T @ da
        grads[1] += hs[t].T @ da
        grads[2] += da.sum(axis=0)
        dh = da @ recurrent_kernel.T  # on to h_{t-1}
    return grad_x, grads


def lstm_input_gradients(x, kernel, recurrent_kernel, bias) -> np.ndarray:
    """d(sum of h_T)/dx for an LSTM, shape of x."""
    x, kernel, recurrent_kernel, bias = (np.asarray(a, dtype=np.float64) for a in (x, kernel, recurrent_kernel, bias))
    batch, steps, _ = x.shape
    units = recurrent_kernel.shape[0]
    h, c = np.zeros((batch, units)), np.zeros((batch, units))
    saved = []
    for t in range(steps):
        z = x[:, t] @ kernel + h @ recurrent_kernel + bias
        i, f, o = (sigmoid(z[:, k * units : (k + 1) * units]) for k in (0, 1, 3))
        g = np.tanh(z[:, 2 * units : 3 * units])
        c_prev, c = c, f * c + i * g
        h = o * np.tanh(c)
        saved.append((i, f, g, o, c_prev, c))
    grad_x = np.zeros_like(x)
    dh, dc = np.ones((batch, units)), np.zeros((batch, units))
    for t in reversed(range(steps)):
        i, f, g, o, c_prev, c = saved[t]
        tanh_c = np.tanh(c)
        dc = dc + dh * o * (1 - tanh_c**2)
        dz = np.concatenate(
            [
                dc * g * i * (1 - i),
                dc * c_prev * f * (1 - f),
                dc * i * (1 - g**2),
                dh * tanh_c * o * (1 - o),
            ],
            axis=1,
        )
        grad_x[:, t] = dz @ kernel.T
        dh = dz @ recurrent_kernel.T
        dc = dc * f  # the cell state's own path back: one forget gate per step
    return grad_x
