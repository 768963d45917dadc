"""Checks shared by the three training snippets of docs/long-range-memory (the adding problem).

Each snippet trains one kind of layer at three lengths and leaves the last length's model, test data
and gradients behind. These checks recompute what it printed without Keras: the data from its rule,
the predictions with an independent NumPy forward pass, the slopes by nudging one input value.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import numpy as np

Forward = Callable[..., np.ndarray]
"""A NumPy forward pass: (x, *recurrent layer weights) -> the last step's h, (batch, units)."""


def numpy_predictions(snippet: ModuleType, forward: Forward, x: np.ndarray) -> np.ndarray:
    """The last model's predicted sums for ``x``, computed in float64 NumPy from its weights."""
    recurrent, dense = snippet.model.layers
    kernel, bias = dense.get_weights()
    return (forward(np.asarray(x, dtype=np.float64), *recurrent.get_weights()) @ kernel + bias)[:, 0]


def check_data_follows_the_rule(snippet: ModuleType) -> None:
    """Two markers per sequence, one in each half; the target is the sum of the two marked values."""
    x, y = np.asarray(snippet.x_test), snippet.y_test
    length = snippet.lengths[-1]
    assert x.shape == (1000, length, 2) and y.shape == (1000,)
    values, markers = x[..., 0], x[..., 1]
    assert values.min() >= 0 and values.max() < 1
    np.testing.assert_array_equal(markers.sum(axis=1), 2)
    rows = np.arange(len(y))
    np.testing.assert_array_equal(markers[rows, snippet.first], 1)
    np.testing.assert_array_equal(markers[rows, snippet.second], 1)
    assert snippet.first.max() < length // 2 <= snippet.second.min() and snippet.second.max() < length
    np.testing.assert_allclose(y, (values * markers).sum(axis=1), rtol=1e-6)


def check_baseline(snippet: ModuleType) -> None:
    """Always 1.0 scores the variance of a sum of two uniform values, 2/12; the test set agrees."""
    assert snippet.baseline_mse == 1 / 6
    assert abs(np.mean((snippet.y_test - 1.0) ** 2) - 1 / 6) < 0.02


def check_shapes(snippet: ModuleType, units: int = 32) -> None:
    length = snippet.lengths[-1]
    recurrent, dense = snippet.model.layers
    assert tuple(recurrent.output.shape) == (None, units)
    assert tuple(dense.output.shape) == (None, 1)
    assert tuple(snippet.predictions.shape) == (1000,)
    assert snippet.grads.shape == (1000, length, 2)


def check_test_mse_against_numpy(snippet: ModuleType, forward: Forward) -> None:
    """The printed test MSE of the longest length, from a NumPy forward pass of the trained model."""
    predictions = numpy_predictions(snippet, forward, snippet.x_test)
    np.testing.assert_allclose(predictions, snippet.predictions, atol=1e-4)
    mse = np.mean((predictions - snippet.y_test) ** 2)
    np.testing.assert_allclose(snippet.test_mse[snippet.lengths[-1]], mse, rtol=1e-3, atol=1e-6)


def check_slopes_by_nudging(snippet: ModuleType, forward: Forward, eps: float = 1e-4) -> None:
    """d(prediction)/d(marked value), averaged: the change when each marked value moves by eps."""
    x = np.asarray(snippet.x_test, dtype=np.float64)
    rows = np.arange(len(x))
    base = numpy_predictions(snippet, forward, x)
    for position, slope in zip([snippet.first, snippet.second], snippet.slopes[snippet.lengths[-1]]):
        nudged = x.copy()
        nudged[rows, position, 0] += eps
        measured = np.mean((numpy_predictions(snippet, forward, nudged) - base) / eps)
        np.testing.assert_allclose(slope, measured, atol=0.01)


def check_plot(snippet: ModuleType) -> None:
    """One training curve per length, as fit recorded it, and the baseline as a horizontal line."""
    lines = snippet.ax.get_lines()
    assert len(lines) == len(snippet.lengths) + 1
    for line, length in zip(lines, snippet.lengths):
        assert len(snippet.histories[length]) == snippet.epochs
        np.testing.assert_array_equal(line.get_xdata(), np.arange(1, snippet.epochs + 1))
        np.testing.assert_allclose(line.get_ydata(), snippet.histories[length])
    np.testing.assert_allclose(lines[-1].get_ydata(), [1 / 6, 1 / 6])
