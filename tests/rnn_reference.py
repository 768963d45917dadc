"""An independent NumPy SimpleRNN, to check Keras against."""

from __future__ import annotations

import numpy as np


def simple_rnn_forward(
    x: np.ndarray, kernel: np.ndarray, recurrent_kernel: np.ndarray, bias: np.ndarray, h0: np.ndarray | None = None
) -> np.ndarray:
    """All hidden states, shape (batch, time, units): h_t = tanh(x_t·W + h_{t-1}·U + b), h_0 = 0 unless given."""
    batch, steps, _ = x.shape
    h = np.zeros((batch, kernel.shape[1]), dtype=np.float64) if h0 is None else np.asarray(h0, dtype=np.float64)
    states = []
    for t in range(steps):
        h = np.tanh(x[:, t, :] @ kernel + h @ recurrent_kernel + bias)
        states.append(h)
    return np.stack(states, axis=1)


def one_hot(word: str, alphabet: str = "helo") -> np.ndarray:
    """(len(word), len(alphabet)) one-hot rows, built without the snippets' lists."""
    return np.eye(len(alphabet), dtype=np.float32)[[alphabet.index(c) for c in word]]
