"""Independent NumPy LSTM and GRU (Keras gate order and conventions), to check the pages' equations."""

from __future__ import annotations

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def lstm_forward(
    x: np.ndarray,
    kernel: np.ndarray,
    recurrent_kernel: np.ndarray,
    bias: np.ndarray,
    h0: np.ndarray | None = None,
    c0: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """All h, shape (batch, time, units), and the final c. Gates i, f, c~, o side by side; h_0 = c_0 = 0 unless given."""
    batch, steps, _ = x.shape
    units = recurrent_kernel.shape[0]
    h = np.zeros((batch, units)) if h0 is None else np.asarray(h0, dtype=np.float64)
    c = np.zeros((batch, units)) if c0 is None else np.asarray(c0, dtype=np.float64)
    hs = []
    for t in range(steps):
        z = x[:, t, :] @ kernel + h @ recurrent_kernel + bias
        i, f, g, o = (z[:, k * units : (k + 1) * units] for k in range(4))
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        hs.append(h)
    return np.stack(hs, axis=1), c


def gru_forward(x: np.ndarray, kernel: np.ndarray, recurrent_kernel: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """All h, shape (batch, time, units), for reset_after=True: bias rows are (input side, recurrent side)."""
    batch, steps, _ = x.shape
    units = recurrent_kernel.shape[0]
    input_bias, recurrent_bias = bias
    h = np.zeros((batch, units))
    hs = []
    for t in range(steps):
        xw = x[:, t, :] @ kernel + input_bias
        hu = h @ recurrent_kernel + recurrent_bias
        part = lambda m, k: m[:, k * units : (k + 1) * units]  # noqa: E731  block k of z, r, h
        z = sigmoid(part(xw, 0) + part(hu, 0))
        r = sigmoid(part(xw, 1) + part(hu, 1))
        candidate = np.tanh(part(xw, 2) + r * part(hu, 2))
        h = z * h + (1 - z) * candidate
        hs.append(h)
    return np.stack(hs, axis=1)


def lstm_last_output_gate(
    x: np.ndarray, kernel: np.ndarray, recurrent_kernel: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    """The output gate o_T of the last time step, shape (batch, units): h_T = o_T * tanh(c_T)."""
    units = recurrent_kernel.shape[0]
    hs, _ = (
        lstm_forward(x[:, :-1], kernel, recurrent_kernel, bias)
        if x.shape[1] > 1
        else (np.zeros((x.shape[0], 1, units)), None)
    )
    h_before = hs[:, -1]
    z = x[:, -1, :] @ kernel + h_before @ recurrent_kernel + bias
    return sigmoid(z[:, 3 * units :])


def gru_reset_before_forward(
    x: np.ndarray, kernel: np.ndarray, recurrent_kernel: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    """All h, shape (batch, time, units), for reset_after=False (Cho et al., 2014): one bias row, (r * h) U_h."""
    batch, steps, _ = x.shape
    units = recurrent_kernel.shape[0]
    h = np.zeros((batch, units))
    hs = []
    for t in range(steps):
        xw = x[:, t, :] @ kernel + bias
        z = sigmoid(xw[:, :units] + h @ recurrent_kernel[:, :units])
        r = sigmoid(xw[:, units : 2 * units] + h @ recurrent_kernel[:, units : 2 * units])
        candidate = np.tanh(xw[:, 2 * units :] + (r * h) @ recurrent_kernel[:, 2 * units :])
        h = z * h + (1 - z) * candidate
        hs.append(h)
    return np.stack(hs, axis=1)
