"""Claims of docs/architectures, many-to-one: (6, 5, 4) -> outputs (6, 3) -> logits (6, 2)."""

import numpy as np
from tensorflow.keras import layers

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("many_to_one_classifier")


def test_input_is_the_words_padded_at_the_front_with_zero_steps():
    steps = snippet.x_data.shape[1]
    assert len(snippet.words) == len(snippet.x_data)
    assert max(len(w) for w in snippet.words) == steps
    for row, word in zip(snippet.x_data, snippet.words):
        np.testing.assert_array_equal(row[steps - len(word):], one_hot(word))
        np.testing.assert_array_equal(row[: steps - len(word)], 0)


def test_one_label_per_word_saying_whether_it_ends_in_l():
    np.testing.assert_array_equal(snippet.y_data, [int(w.endswith("l")) for w in snippet.words])


def test_shapes():
    assert snippet.x_data.shape == (6, 5, 4)
    assert snippet.y_data.shape == (6,)
    assert tuple(snippet.outputs.shape) == (6, snippet.hidden_size) == (6, 3)
    assert tuple(snippet.logits.shape) == (6, snippet.num_classes) == (6, 2)


def test_output_is_the_last_step_of_the_numpy_recurrence():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())[:, -1]
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)


def test_a_fresh_layers_zero_bias_keeps_the_state_at_zero_through_front_padding():
    """So the output is the state after reading the word's own characters only."""
    kernel, recurrent_kernel, bias = snippet.rnn.get_weights()
    np.testing.assert_array_equal(bias, 0)
    for i, word in enumerate(snippet.words):
        expected = simple_rnn_forward(one_hot(word)[None], kernel, recurrent_kernel, bias)[0, -1]
        np.testing.assert_allclose(snippet.outputs[i], expected, rtol=1e-5, atol=1e-6)


def test_with_a_nonzero_bias_the_padding_would_leave_a_trace_and_masking_removes_it():
    kernel, recurrent_kernel, bias = snippet.rnn.get_weights()
    bias = bias + 0.5
    short = [i for i, w in enumerate(snippet.words) if len(w) < snippet.x_data.shape[1]]
    assert short
    padded = simple_rnn_forward(snippet.x_data, kernel, recurrent_kernel, bias)[:, -1]
    rnn = layers.SimpleRNN(snippet.hidden_size)
    masked = layers.Masking(mask_value=0.0)(snippet.x_data)
    rnn(masked)
    rnn.set_weights([kernel, recurrent_kernel, bias])
    skipped = np.asarray(rnn(masked))
    for i in short:
        own = simple_rnn_forward(one_hot(snippet.words[i])[None], kernel, recurrent_kernel, bias)[0, -1]
        assert not np.allclose(padded[i], own, atol=1e-3)
        np.testing.assert_allclose(skipped[i], own, rtol=1e-5, atol=1e-6)


def test_logits_are_dense_on_the_last_state():
    kernel, bias = snippet.dense.get_weights()
    assert kernel.shape == (snippet.hidden_size, snippet.num_classes)
    expected = np.asarray(snippet.outputs) @ kernel + bias
    np.testing.assert_allclose(snippet.logits, expected, rtol=1e-5, atol=1e-6)


def test_model_is_the_rnn_then_the_dense():
    assert snippet.model.layers == [snippet.rnn, snippet.dense]
