"""Claims of docs/architectures: in one Bidirectional layer, outputs[:, -1] holds a backward state that has read one step."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("bidirectional_last_step")

U = 3


def _directions():
    x = np.asarray(snippet.x_data)
    forward = simple_rnn_forward(x, *snippet.bi.forward_layer.get_weights())
    backward = simple_rnn_forward(x[:, ::-1], *snippet.bi.backward_layer.get_weights())[:, ::-1]
    return forward, backward


def test_input_and_shapes():
    for row, word in zip(snippet.x_data, ["hello", "eolll", "lleel"]):
        np.testing.assert_array_equal(row, one_hot(word))
    assert snippet.units == U
    assert tuple(snippet.outputs.shape) == (3, 5, 2 * U)
    assert tuple(snippet.forward_state.shape) == tuple(snippet.backward_state.shape) == (3, U)


def test_the_forward_state_is_the_last_step_of_the_forward_half():
    forward, _ = _directions()
    np.testing.assert_allclose(snippet.forward_state, forward[:, -1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.outputs[:, -1, :U], snippet.forward_state, rtol=1e-6, atol=1e-7)


def test_the_backward_state_read_the_whole_word_and_sits_at_step_0():
    _, backward = _directions()
    np.testing.assert_allclose(snippet.backward_state, backward[:, 0], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.outputs[:, 0, U:], snippet.backward_state, rtol=1e-6, atol=1e-7)


def test_the_backward_half_at_the_last_step_has_read_only_the_last_character():
    x = np.asarray(snippet.x_data)
    one_step = simple_rnn_forward(x[:, -1:], *snippet.bi.backward_layer.get_weights())[:, 0]
    np.testing.assert_allclose(snippet.outputs[:, -1, U:], one_step, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.one_char_state, one_step, rtol=1e-5, atol=1e-6)
    assert not np.allclose(snippet.outputs[:, -1, U:], snippet.backward_state, atol=1e-3)


def test_a_last_step_only_layer_with_these_weights_returns_both_final_states():
    """return_sequences=False joins forward_state and backward_state, unlike outputs[:, -1]."""
    from tensorflow.keras import layers

    last_only = layers.Bidirectional(layers.SimpleRNN(U))
    last_only(snippet.x_data)
    last_only.set_weights(snippet.bi.get_weights())
    expected = np.concatenate([snippet.forward_state, snippet.backward_state], axis=-1)
    np.testing.assert_allclose(last_only(snippet.x_data), expected, rtol=1e-5, atol=1e-6)
