"""Claims of docs/return-sequences-and-state: return_sequences=False gives the last step of the sequence."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("last_output_is_last_step")


def test_shapes():
    assert tuple(snippet.sequence_output.shape) == (1, 5, 2)
    assert tuple(snippet.last_output.shape) == (1, 2)


def test_reseeding_gives_both_layers_the_same_weights():
    for a, b in zip(snippet.rnn_sequence.get_weights(), snippet.rnn_last.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_last_output_is_the_last_step():
    np.testing.assert_array_equal(snippet.last_output, np.asarray(snippet.sequence_output)[:, -1])
