"""Exercise of docs/variable-length-sequences: with post padding and a mask, outputs[:, -1] is the state."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_variable_length_sequences_last_output")


def test_lengths_are_the_words_lengths():
    np.testing.assert_array_equal(snippet.lengths, [5, 4, 3, 2])


def test_last_column_and_last_real_step_both_equal_the_state():
    np.testing.assert_array_equal(snippet.last_column, snippet.states)
    np.testing.assert_array_equal(snippet.last_real, snippet.states)


def test_the_state_is_each_word_read_alone():
    table = snippet.embedding.get_weights()[0]
    for i, seq in enumerate(snippet.sequences):
        alone = simple_rnn_forward(table[np.array([seq])], *snippet.rnn.get_weights())[0, -1]
        np.testing.assert_allclose(snippet.states[i], alone, rtol=1e-5, atol=1e-6)
