"""Claims of docs/rnn-basics, batching: (3, 5, 4) -> outputs (3, 5, 2), states (3, 2)."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("hello_batch_rnn")
hello_sequence_rnn = lazy_snippet("hello_sequence_rnn")


def test_input_is_the_three_words():
    for row, word in zip(snippet.x_data, ["hello", "eolll", "lleel"]):
        np.testing.assert_array_equal(row, one_hot(word))


def test_shapes():
    assert snippet.x_data.shape == (3, 5, 4)
    assert tuple(snippet.outputs.shape) == (3, 5, 2)
    assert tuple(snippet.states.shape) == (3, 2)


def test_each_row_of_states_is_that_words_last_step():
    np.testing.assert_array_equal(snippet.states, snippet.outputs[:, -1])


def test_words_are_independent_hello_matches_the_single_sequence_run():
    np.testing.assert_allclose(snippet.outputs[:1], hello_sequence_rnn.outputs, rtol=1e-6)


def test_numpy_recurrence_matches():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
