"""Claims of docs/rnn-basics, "hello": (1, 5, 4) -> outputs (1, 5, 2), states (1, 2)."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("hello_sequence_rnn")
one_cell_rnn = lazy_snippet("one_cell_rnn")


def test_input_is_hello():
    np.testing.assert_array_equal(snippet.x_data[0], one_hot("hello"))


def test_shapes():
    assert snippet.x_data.shape == (1, 5, 4)
    assert tuple(snippet.outputs.shape) == (1, 5, 2)
    assert tuple(snippet.states.shape) == (1, 2)


def test_states_is_the_last_time_step_of_outputs():
    np.testing.assert_array_equal(snippet.states, snippet.outputs[:, -1])


def test_first_step_equals_the_one_cell_run_with_h():
    np.testing.assert_allclose(snippet.outputs[:, 0], one_cell_rnn.outputs[:, 0], rtol=1e-6)


def test_numpy_recurrence_matches_every_step():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
