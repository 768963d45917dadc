"""Claims of docs/custom-cells, two states: state_size a list gives one returned tensor per state."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("two_state_cell")


def test_input_is_the_three_words():
    for row, word in zip(snippet.x_data, snippet.words):
        np.testing.assert_array_equal(row, one_hot(word))


def test_state_size_is_a_list_of_two_like_lstm():
    from tensorflow.keras import layers

    assert list(snippet.cell.state_size) == [2, 4]
    assert list(layers.LSTMCell(2).state_size) == [2, 2]


def test_output_size_is_the_last_axis_of_outputs():
    assert snippet.cell.output_size == snippet.outputs.shape[-1] == 2


def test_three_tensors_with_these_shapes():
    assert len(snippet.result) == 3
    assert tuple(snippet.outputs.shape) == (3, 5, 2)
    assert tuple(snippet.state_h.shape) == (3, 2)
    assert tuple(snippet.counts.shape) == (3, 4)


def test_h_is_the_simple_rnn_recurrence_and_state_h_its_last_step():
    expected = simple_rnn_forward(snippet.x_data, *snippet.cell.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(snippet.state_h, np.asarray(snippet.outputs)[:, -1])


def test_counts_are_how_often_each_character_occurs():
    expected = [[word.count(c) for c in "helo"] for word in snippet.words]
    np.testing.assert_array_equal(snippet.counts, expected)
    assert expected == [[1, 1, 2, 1], [0, 1, 3, 1], [0, 2, 3, 0]]
