"""Exercise on docs/rnn-basics: 4 words of 6 characters, hidden_size 3: (4, 6, 4) -> (4, 6, 3) and (4, 3)."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_rnn_basics_batch_shapes")


def test_the_input_is_the_one_hot_words():
    assert snippet.x_data.shape == (4, 6, 4)
    for row, word in zip(snippet.x_data, snippet.words, strict=True):
        np.testing.assert_array_equal(row, one_hot(word))


def test_the_shapes_keras_returned_are_the_pages_answer():
    # (batch_size, sequence_length, hidden_size) and (batch_size, hidden_size): 4 words, 6 characters, 3 units
    assert tuple(snippet.outputs.shape) == (len(snippet.words), len(snippet.words[0]), snippet.rnn.units) == (4, 6, 3)
    assert tuple(snippet.states.shape) == (4, 3)


def test_keras_computed_the_recurrence():
    """The solution ran the layer: its outputs are the NumPy recurrence with the layer's own weights."""
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.states, expected[:, -1], rtol=1e-5, atol=1e-6)
