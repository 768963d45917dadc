"""Claims of docs/rnn-basics, "The hidden state, plotted": the plot shows the real outputs of the batch."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

hello_batch_rnn = lazy_snippet("hello_batch_rnn")
snippet = lazy_snippet("hello_hidden_state_plot")


def test_input_is_the_three_words():
    assert snippet.words == ["hello", "eolll", "lleel"]
    for row, word in zip(snippet.x_data, snippet.words):
        np.testing.assert_array_equal(row, one_hot(word))


def test_shapes():
    assert snippet.outputs.shape == (3, 5, 2)
    assert tuple(snippet.states.shape) == (3, 2)


def test_same_numbers_as_the_batch_snippet():
    np.testing.assert_array_equal(snippet.outputs, hello_batch_rnn.outputs)


def test_outputs_match_the_numpy_recurrence():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)


def test_each_panel_plots_one_unit_of_each_words_hidden_state():
    for unit, ax in enumerate((snippet.ax0, snippet.ax1)):
        lines = [line for line in ax.get_lines() if line.get_label() in snippet.words]
        assert [line.get_label() for line in lines] == snippet.words
        for i, line in enumerate(lines):
            np.testing.assert_array_equal(line.get_xdata(), np.arange(1, 6))
            np.testing.assert_array_equal(line.get_ydata(), snippet.outputs[i, :, unit])


def test_points_are_labelled_with_the_character_read():
    for ax in (snippet.ax0, snippet.ax1):
        labels = [text.get_text() for text in ax.texts]
        assert labels == [char for word in snippet.words for char in word]


def test_values_lie_strictly_inside_tanh_range():
    assert np.all(np.abs(snippet.outputs) < 1)


def test_the_same_character_after_a_different_past_gives_a_different_hidden_state():
    # "hello"[2] and "lleel"[0] are both 'l'; only h_{t-1} differs
    np.testing.assert_array_equal(snippet.x_data[0, 2], snippet.x_data[2, 0])
    assert not np.allclose(snippet.outputs[0, 2], snippet.outputs[2, 0])
