"""Claims of docs/custom-cells, minimal cell: RNN(MinimalRNNCell) is SimpleRNN once they share weights."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("minimal_rnn_cell")


def test_input_is_hello():
    np.testing.assert_array_equal(snippet.x_data[0], one_hot("hello"))


def test_one_state_of_hidden_size():
    assert snippet.cell.state_size == snippet.hidden_size == 2


def test_the_cell_is_built_for_one_time_step_of_four_inputs():
    """build sees (batch, input_dim): the kernel is (4, 2), not shaped by the 5 time steps."""
    assert [tuple(w.shape) for w in snippet.cell.weights] == [(4, 2), (2, 2), (2,)]
    assert [w.name for w in snippet.cell.weights] == ["kernel", "recurrent_kernel", "bias"]


def test_shapes():
    assert tuple(snippet.outputs.shape) == (1, 5, 2)
    assert tuple(snippet.states.shape) == (1, 2)


def test_the_cell_computes_the_simple_rnn_recurrence():
    expected = simple_rnn_forward(snippet.x_data, *snippet.cell.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.states, expected[:, -1], rtol=1e-5, atol=1e-6)


def test_simple_rnn_has_the_same_weight_layout_and_got_the_cells_weights():
    for mine, theirs in zip(snippet.cell.get_weights(), snippet.simple_rnn.get_weights()):
        np.testing.assert_array_equal(mine, theirs)


def test_simple_rnn_gives_the_same_numbers_exactly():
    """The page says the largest difference is 0: same float32 operations in the same order."""
    np.testing.assert_array_equal(snippet.simple_outputs, snippet.outputs)
    np.testing.assert_array_equal(snippet.simple_states, snippet.states)


def test_call_sees_one_time_step_and_a_list_with_one_state():
    seen = []

    class Recording(snippet.MinimalRNNCell):
        def call(self, inputs, states):
            seen.append((tuple(inputs.shape), [tuple(s.shape) for s in states]))
            return super().call(inputs, states)

    from tensorflow.keras import layers

    layers.RNN(Recording(2))(snippet.x_data)
    assert len(seen) >= 5  # at least one call per time step
    assert all(shapes == ((1, 4), [(1, 2)]) for shapes in seen)
