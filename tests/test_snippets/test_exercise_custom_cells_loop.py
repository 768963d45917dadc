"""Claims of docs/custom-cells, exercise 1: the NumPy loop RNN runs, on the counting state."""

import numpy as np

from tests.rnn_reference import one_hot
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_custom_cells_loop")


def test_input_is_hello():
    np.testing.assert_array_equal(snippet.x_data[0], one_hot("hello"))


def test_outputs_are_the_counts_after_each_step():
    assert snippet.outputs.shape == (1, 5, 4)
    expected = [[("hello"[: t + 1]).count(c) for c in "helo"] for t in range(5)]
    np.testing.assert_array_equal(snippet.outputs[0], expected)


def test_final_state_is_the_last_output():
    np.testing.assert_array_equal(snippet.final_states[0], [[1, 1, 2, 1]])
    np.testing.assert_array_equal(snippet.final_states[0], snippet.outputs[:, -1])


def test_run_rnn_matches_keras_rnn_on_the_same_step():
    """The loop is what keras.layers.RNN does: wrap the same step in a cell and compare."""
    from tensorflow.keras import layers

    class Counting(layers.Layer):
        state_size = 4

        def call(self, inputs, states):
            counts = states[0] + inputs
            return counts, [counts]

    outputs, counts = layers.RNN(Counting(), return_sequences=True, return_state=True)(snippet.x_data)
    np.testing.assert_array_equal(outputs, snippet.outputs)
    np.testing.assert_array_equal(counts, snippet.final_states[0])
