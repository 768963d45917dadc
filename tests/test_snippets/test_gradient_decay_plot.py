"""Claims of docs/gradients-through-time, the plot: how d(sum h_T)/dx_t shrinks, SimpleRNN versus LSTM."""

import numpy as np
import pytest

from tests.bptt_reference import lstm_input_gradients, simple_rnn_gradients
from tests.gated_reference import lstm_forward
from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("gradient_decay_plot")
UNITS = 16


def _finite_difference(f, a, eps=1e-6):
    grad = np.zeros_like(a)
    for index in np.ndindex(a.shape):
        up, down = a.copy(), a.copy()
        up[index] += eps
        down[index] -= eps
        grad[index] = (f(up) - f(down)) / (2 * eps)
    return grad


def test_the_numpy_backpropagation_agrees_with_finite_differences():
    """The hand-written references the tests below rely on, checked on a short sequence."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 6, 3))
    w, u, b = rng.normal(size=(3, 4)) * 0.5, rng.normal(size=(4, 4)) * 0.5, rng.normal(size=4) * 0.1
    expected = _finite_difference(lambda a: simple_rnn_forward(a, w, u, b)[:, -1].sum(), x)
    np.testing.assert_allclose(simple_rnn_gradients(x, w, u, b)[0], expected, atol=1e-8)
    w, u, b = rng.normal(size=(3, 16)) * 0.5, rng.normal(size=(4, 16)) * 0.5, rng.normal(size=16) * 0.5
    expected = _finite_difference(lambda a: lstm_forward(a, w, u, b)[0][:, -1].sum(), x)
    np.testing.assert_allclose(lstm_input_gradients(x, w, u, b), expected, atol=1e-8)


def test_shapes():
    assert tuple(snippet.x.shape) == (8, 100, 8)
    for norm in snippet.norms.values():
        assert norm.shape == (100,)


def test_keras_starts_the_lstm_forget_gate_bias_at_one():
    from tensorflow.keras import layers

    fresh = layers.LSTM(UNITS)
    fresh.build((None, 100, 8))
    bias = fresh.get_weights()[2]
    assert bias.shape == (4 * UNITS,)
    np.testing.assert_array_equal(bias[UNITS : 2 * UNITS], 1.0)
    np.testing.assert_array_equal(np.delete(bias, np.s_[UNITS : 2 * UNITS]), 0.0)
    np.testing.assert_array_equal(snippet.lstm.get_weights()[2], bias)


def test_the_kept_lstm_differs_only_by_its_forget_bias_of_five():
    bias = snippet.lstm_keep.get_weights()[2]
    np.testing.assert_array_equal(bias[UNITS : 2 * UNITS], 5.0)
    np.testing.assert_array_equal(np.delete(bias, np.s_[UNITS : 2 * UNITS]), 0.0)


@pytest.mark.parametrize("name", ["SimpleRNN", "LSTM", "LSTM, forget bias 5"])
def test_tape_gradients_match_backpropagation_by_hand(name):
    layer = {"SimpleRNN": snippet.simple_rnn, "LSTM": snippet.lstm, "LSTM, forget bias 5": snippet.lstm_keep}[name]
    x = np.asarray(snippet.x)
    if name == "SimpleRNN":
        grads = simple_rnn_gradients(x, *layer.get_weights())[0]
    else:
        grads = lstm_input_gradients(x, *layer.get_weights())
    expected = np.linalg.norm(grads, axis=-1).mean(axis=0)
    np.testing.assert_allclose(snippet.norms[name], expected, rtol=2e-3)


def test_simple_rnn_shrinks_fastest_and_the_kept_lstm_hardly_at_all():
    simple, lstm, keep = (snippet.norms[n][::-1] for n in ["SimpleRNN", "LSTM", "LSTM, forget bias 5"])
    assert simple[99] < 1e-15 < lstm[99] < 1e-8  # the page: about 1e-18 and 1e-10
    assert simple[99] < lstm[99] * 1e-5
    assert simple[0] > 1 > lstm[0]  # SimpleRNN starts higher, yet ends far lower
    assert keep.min() > 0.1 and keep.max() < 2  # the page: 0.1 to about 1 all the way


def test_on_a_log_scale_simple_rnn_falls_along_a_nearly_straight_line():
    """A constant factor per step: log(norm) against steps back is close to a line."""
    log_norm = np.log10(snippet.norms["SimpleRNN"][::-1])
    slope, intercept = np.polyfit(snippet.steps_back, log_norm, 1)
    residual = log_norm - (slope * snippet.steps_back + intercept)
    r_squared = 1 - residual.var() / log_norm.var()
    assert slope < 0 and r_squared > 0.98


def test_the_plot_shows_each_norm_against_steps_back_on_a_log_axis():
    lines = snippet.ax.get_lines()
    assert [line.get_label() for line in lines] == list(snippet.norms)
    for line, norm in zip(lines, snippet.norms.values()):
        np.testing.assert_array_equal(line.get_xdata(), np.arange(100))
        np.testing.assert_array_equal(line.get_ydata(), norm[::-1])
    assert snippet.ax.get_yscale() == "log"
    assert snippet.ax.get_xlabel() and snippet.ax.get_ylabel()
