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


def test_simple_rnn_gives_the_same_numbers():
    np.testing.assert_allclose(snippet.simple_outputs, snippet.outputs, rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(snippet.simple_states, snippet.states, rtol=1e-6, atol=1e-7)
