"""Claims of docs/lstm-and-gru: GRU returns outputs and one state, and that state is the last output."""

import numpy as np

from tests.gated_reference import gru_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("gru_returns_two")


def test_returns_a_tuple_of_two():
    result = snippet.gru(snippet.x_data)
    assert isinstance(result, tuple) and len(result) == 2


def test_shapes():
    assert tuple(snippet.outputs.shape) == (1, 5, 2)
    assert tuple(snippet.states.shape) == (1, 2)


def test_state_is_the_last_output():
    np.testing.assert_array_equal(snippet.states, snippet.outputs[:, -1])


def test_gate_equations_with_reset_after_reproduce_keras():
    assert snippet.gru.reset_after
    expected = gru_forward(snippet.x_data, *snippet.gru.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
