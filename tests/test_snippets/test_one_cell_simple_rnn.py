"""Claims of docs/rnn-basics: SimpleRNN with the same seed prints what RNN(SimpleRNNCell) printed."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

one_cell_rnn = lazy_snippet("one_cell_rnn")
snippet = lazy_snippet("one_cell_simple_rnn")


def test_shapes():
    assert tuple(snippet.outputs.shape) == (1, 1, 2)
    assert tuple(snippet.states.shape) == (1, 2)


def test_same_seed_gives_the_same_numbers_as_the_cell_form():
    np.testing.assert_array_equal(snippet.outputs, one_cell_rnn.outputs)
    for ours, theirs in zip(snippet.rnn.get_weights(), one_cell_rnn.rnn.get_weights()):
        np.testing.assert_array_equal(ours, theirs)


def test_numpy_recurrence_matches():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
