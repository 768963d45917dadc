"""Claims of docs/lstm-and-gru: LSTM returns outputs, final h and final c; h is the last output, c is not."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("lstm_returns_three")


def test_returns_a_tuple_of_three():
    result = snippet.lstm(snippet.x_data)
    assert isinstance(result, tuple) and len(result) == 3


def test_shapes():
    assert tuple(snippet.outputs.shape) == (1, 5, 2)
    assert tuple(snippet.state_h.shape) == (1, 2)
    assert tuple(snippet.state_c.shape) == (1, 2)


def test_h_is_the_last_output_and_c_is_not():
    np.testing.assert_array_equal(snippet.state_h, snippet.outputs[:, -1])
    assert not np.allclose(snippet.state_c, snippet.outputs[:, -1])


def test_gate_equations_reproduce_keras():
    hs, c = lstm_forward(snippet.x_data, *snippet.lstm.get_weights())
    np.testing.assert_allclose(snippet.outputs, hs, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.state_c, c, rtol=1e-5, atol=1e-6)
    # h = o * tanh(c): the final h follows from the final c and the output gate
    np.testing.assert_allclose(np.abs(snippet.state_h) <= np.abs(np.tanh(snippet.state_c)), True)
