"""The review classifier of docs/sequence-classification in NumPy: Embedding, Bidirectional(LSTM), Dense."""

from __future__ import annotations

import numpy as np

from tests.gated_reference import lstm_forward, sigmoid


def features(ids: np.ndarray, weights: list[np.ndarray]) -> np.ndarray:
    """The Bidirectional(LSTM) output for one review's word indices (no padding): the forward LSTM's last h,
    then the backward LSTM's h after reading from the last word back to the first."""
    table, fw_kernel, fw_recurrent, fw_bias, bw_kernel, bw_recurrent, bw_bias = weights[:7]
    vectors = table[np.asarray(ids)][None].astype(np.float64)
    forward, _ = lstm_forward(vectors, fw_kernel, fw_recurrent, fw_bias)
    backward, _ = lstm_forward(vectors[:, ::-1], bw_kernel, bw_recurrent, bw_bias)
    return np.concatenate([forward[0, -1], backward[0, -1]])


def probability(ids: np.ndarray, weights: list[np.ndarray]) -> float:
    """P(label 1) = sigmoid(features @ w + b)."""
    dense_kernel, dense_bias = weights[7:]
    return float(sigmoid(features(ids, weights) @ dense_kernel + dense_bias)[0])


def binary_cross_entropy(labels: np.ndarray, probabilities: np.ndarray) -> float:
    y, p = np.asarray(labels, dtype=np.float64), np.asarray(probabilities, dtype=np.float64)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
