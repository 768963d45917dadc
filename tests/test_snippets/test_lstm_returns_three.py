"""Claims of docs/lstm-and-gru: LSTM returns outputs, final h and final c; h is the last output, c is not."""

import numpy as np

from tests.gated_reference import lstm_forward, lstm_last_output_gate
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("lstm_returns_three")


def test_returns_a_tuple_of_three():
    result = snippet.lstm(snippet.x_data)
    assert isinstance(result, tuple) and len(result) == 3


def test_shapes():
    assert tuple(snippet.outputs.shape) == (1, 5, 2)
    assert tuple(snippet.state_h.shape) == (1, 2)
    assert tuple(snippet.state_c.shape) == (1, 2)


def test_h_is_the_last_output_and_c_is_the_independently_computed_cell_state():
    """state_h is outputs[:, -1]; state_c is the c of the NumPy gate equations, which no step outputs."""
    np.testing.assert_array_equal(snippet.state_h, snippet.outputs[:, -1])
    _, c = lstm_forward(snippet.x_data, *snippet.lstm.get_weights())
    np.testing.assert_allclose(snippet.state_c, c, rtol=1e-5, atol=1e-6)
    for t in range(snippet.outputs.shape[1]):
        assert not np.allclose(snippet.outputs[:, t], snippet.state_c, atol=1e-4)


def test_gate_equations_reproduce_keras():
    hs, c = lstm_forward(snippet.x_data, *snippet.lstm.get_weights())
    np.testing.assert_allclose(snippet.outputs, hs, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.state_c, c, rtol=1e-5, atol=1e-6)


def test_final_h_is_the_output_gate_times_tanh_of_the_final_c():
    """h_T = o_T * tanh(c_T), with o_T from the NumPy gate equations and c_T from Keras."""
    o = lstm_last_output_gate(snippet.x_data, *snippet.lstm.get_weights())
    np.testing.assert_allclose(snippet.state_h, o * np.tanh(np.asarray(snippet.state_c)), rtol=1e-5, atol=1e-6)
