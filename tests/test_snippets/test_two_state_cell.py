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


def _cell_whose_output_is_its_second_state(output_size=None):
    """state_size [4, 2]; the output is the second state (size 2), not the first (size 4)."""
    from tensorflow.keras import layers

    class SecondStateOut(layers.Layer):
        def __init__(self):
            super().__init__()
            self.state_size = [4, 2]
            if output_size is not None:
                self.output_size = output_size

        def call(self, inputs, states):
            first, second = states
            return second + 1.0, [first, second + 1.0]

    return SecondStateOut()


def test_without_output_size_rnn_takes_the_size_of_the_first_state():
    """The page: layers.RNN reads output_size for the shape it works out without running the cell
    (a keras.Input); without one it takes state_size[0]. Running the cell gives the real size."""
    from tensorflow import keras
    from tensorflow.keras import layers

    assert not hasattr(_cell_whose_output_is_its_second_state(), "output_size")
    symbolic = layers.RNN(_cell_whose_output_is_its_second_state(), return_sequences=True)(keras.Input((5, 7)))
    assert tuple(symbolic.shape) == (None, 5, 4)  # state_size[0]
    ran = layers.RNN(_cell_whose_output_is_its_second_state(), return_sequences=True)(np.zeros((3, 5, 7), "float32"))
    assert tuple(ran.shape) == (3, 5, 2)  # what the cell really outputs


def test_with_output_size_rnn_uses_it():
    from tensorflow import keras
    from tensorflow.keras import layers

    cell = _cell_whose_output_is_its_second_state(output_size=2)
    symbolic = layers.RNN(cell, return_sequences=True)(keras.Input((5, 7)))
    assert tuple(symbolic.shape) == (None, 5, 2)
    assert layers.RNN(cell, return_sequences=True).compute_output_shape((3, 5, 7)) == (3, 5, 2)
