"""Claims of docs/stateful-rnn, chunks: three stateful calls on (2, 4, 3) chunks end where one call on (2, 12, 3) does."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stateful_chunks")


def test_shapes():
    assert snippet.x_long.shape == (2, 12, 3)
    assert snippet.x_long[:, : snippet.chunk].shape == (2, 4, 3)
    assert tuple(snippet.stateful_rnn.states[0].shape) == (snippet.batch_size, snippet.hidden_size) == (2, 4)
    assert tuple(snippet.whole.shape) == (2, 4)


def test_the_batch_size_is_fixed_by_the_input():
    assert tuple(snippet.model.inputs[0].shape) == (2, None, 3)


def test_both_layers_have_the_same_weights():
    for a, b in zip(snippet.stateful_rnn.get_weights(), snippet.whole_rnn.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_the_whole_run_is_the_numpy_recurrence():
    expected = simple_rnn_forward(snippet.x_long, *snippet.whole_rnn.get_weights())[:, -1]
    np.testing.assert_allclose(snippet.whole, expected, rtol=1e-5, atol=1e-6)


def test_chunks_give_exactly_the_whole_runs_final_state():
    np.testing.assert_array_equal(snippet.last, snippet.whole)
    np.testing.assert_array_equal(snippet.stateful_rnn.states[0], snippet.whole)


def test_each_chunks_printed_state_is_the_recurrence_up_to_that_step():
    """The page prints the state after steps 0-3, 4-7, 8-11: the NumPy states at steps 3, 7, 11."""
    states = simple_rnn_forward(snippet.x_long, *snippet.whole_rnn.get_weights())
    assert snippet.steps // snippet.chunk == 3
    np.testing.assert_allclose(snippet.last, states[:, 11], rtol=1e-5, atol=1e-6)
    assert not np.allclose(states[:, 3], states[:, 11], atol=1e-3)


def test_a_chunk_alone_starts_from_zeros_and_ends_elsewhere():
    expected = simple_rnn_forward(snippet.x_long[:, 8:], *snippet.whole_rnn.get_weights())[:, -1]
    np.testing.assert_allclose(snippet.fresh, expected, rtol=1e-5, atol=1e-6)
    assert not np.allclose(snippet.fresh, snippet.whole, atol=1e-3)
