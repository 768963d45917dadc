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


def test_with_zeros_at_masked_steps_only_the_length_finds_the_state():
    for a, b in zip(snippet.zero_rnn.get_weights(), snippet.rnn.get_weights()):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(snippet.zero_states, snippet.states, rtol=1e-6, atol=1e-7)
    np.testing.assert_array_equal(snippet.zero_last_real, snippet.zero_states)
    short = snippet.lengths < 5
    np.testing.assert_array_equal(np.asarray(snippet.zero_outputs)[short, -1], 0)
    np.testing.assert_array_equal(np.asarray(snippet.zero_outputs)[~short, -1], np.asarray(snippet.states)[~short])
