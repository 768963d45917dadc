"""Claims of docs/architectures, Bidirectional: width doubles; halves are a forward and a backward run."""

import numpy as np
from tensorflow.keras import layers

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("bidirectional_rnn")

H = 3


def _forward_backward(bi):
    """All-step hidden states of the forward layer and of the backward layer, in the input's time order."""
    x = np.asarray(snippet.x_data)
    forward = simple_rnn_forward(x, *bi.forward_layer.get_weights())
    backward = simple_rnn_forward(x[:, ::-1], *bi.backward_layer.get_weights())[:, ::-1]
    return forward, backward


def test_input_is_the_three_words():
    for row, word in zip(snippet.x_data, ["hello", "eolll", "lleel"]):
        np.testing.assert_array_equal(row, one_hot(word))


def test_shapes_concat_doubles_the_width_sum_keeps_it():
    assert snippet.hidden_size == H
    assert tuple(snippet.last_outputs.shape) == (3, 2 * H)
    assert tuple(snippet.sequence_outputs.shape) == (3, 5, 2 * H)
    assert tuple(snippet.sum_outputs.shape) == (3, 5, H)


def test_concat_is_the_default_merge_mode():
    assert layers.Bidirectional(layers.SimpleRNN(2)).merge_mode == "concat"


def test_forward_half_is_a_forward_simple_rnn():
    forward, _ = _forward_backward(snippet.bi_sequences)
    np.testing.assert_allclose(snippet.sequence_outputs[..., :H], forward, rtol=1e-5, atol=1e-6)


def test_backward_half_is_the_rnn_run_on_the_reversed_words_then_put_back_in_order():
    _, backward = _forward_backward(snippet.bi_sequences)
    np.testing.assert_allclose(snippet.sequence_outputs[..., H:], backward, rtol=1e-5, atol=1e-6)


def test_the_two_directions_have_their_own_weights():
    forward_kernel = snippet.bi_sequences.forward_layer.get_weights()[0]
    backward_kernel = snippet.bi_sequences.backward_layer.get_weights()[0]
    assert not np.allclose(forward_kernel, backward_kernel)


def test_last_step_output_joins_the_last_forward_state_and_the_backward_state_at_step_0():
    forward, backward = _forward_backward(snippet.bi_last)
    expected = np.concatenate([forward[:, -1], backward[:, 0]], axis=-1)
    np.testing.assert_allclose(snippet.last_outputs, expected, rtol=1e-5, atol=1e-6)


def test_sum_adds_the_two_directions():
    forward, backward = _forward_backward(snippet.bi_sum)
    np.testing.assert_allclose(snippet.sum_outputs, forward + backward, rtol=1e-5, atol=1e-6)
