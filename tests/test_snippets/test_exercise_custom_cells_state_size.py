"""Claims of docs/custom-cells, exercise 2: state_size [3, 5, 1] -> outputs and three states, these shapes."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_custom_cells_state_size")


def test_shapes_and_step_count():
    assert snippet.outputs.shape == (2, 7, 3)
    assert [s.shape for s in snippet.states] == [(2, 3), (2, 5), (2, 1)]
    np.testing.assert_array_equal(snippet.states[2], [[7], [7]])
    np.testing.assert_allclose(snippet.states[1], snippet.x.sum(axis=1))
    np.testing.assert_array_equal(snippet.states[0], snippet.outputs[:, -1])


def test_keras_rnn_returns_the_same_tensors_for_the_same_cell():
    """The answer is what keras.layers.RNN really returns for such a cell, zeros as initial states."""
    from tensorflow.keras import layers, ops

    kernel = snippet.kernel.astype("float32")
    recurrent_kernel = snippet.recurrent_kernel.astype("float32")

    class ThreeStates(layers.Layer):
        state_size = [3, 5, 1]
        output_size = 3

        def call(self, inputs, states):
            h_prev, sums, steps = states
            h = ops.tanh(ops.matmul(inputs, kernel) + ops.matmul(h_prev, recurrent_kernel))
            return h, [h, sums + inputs, steps + 1]

    result = layers.RNN(ThreeStates(), return_sequences=True, return_state=True)(snippet.x.astype("float32"))
    assert len(result) == 4 == 1 + len(snippet.state_size)
    for mine, theirs in zip([snippet.outputs, *snippet.states], result):
        assert mine.shape == tuple(theirs.shape)
        np.testing.assert_allclose(theirs, mine, rtol=1e-4, atol=1e-5)
