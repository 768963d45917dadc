"""Claims of docs/architectures, many-to-one: padded at the end, masked, (6, 5, 4) -> (6, 3) -> (6, 2)."""

import numpy as np
import pytest

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("many_to_one_classifier")


def test_input_is_the_words_padded_at_the_end_with_zero_steps():
    """The keras.io / TensorFlow-tutorial convention (and the one cuDNN needs): real steps first."""
    steps = snippet.x_data.shape[1]
    assert len(snippet.words) == len(snippet.x_data)
    assert max(len(w) for w in snippet.words) == steps
    assert any(len(w) < steps for w in snippet.words)
    for row, word in zip(snippet.x_data, snippet.words):
        np.testing.assert_array_equal(row[: len(word)], one_hot(word))
        np.testing.assert_array_equal(row[len(word) :], 0)


def test_the_mask_is_true_exactly_at_the_real_characters_and_right_padded():
    mask = np.asarray(snippet.mask)
    expected = np.array([[t < len(w) for t in range(5)] for w in snippet.words])
    np.testing.assert_array_equal(mask, expected)
    # right-padded: within each row, no True after a False (what cuDNN's check requires)
    assert all((np.diff(row.astype(int)) <= 0).all() for row in mask)


def test_one_label_per_word_saying_whether_it_ends_in_l():
    np.testing.assert_array_equal(snippet.y_data, [int(w.endswith("l")) for w in snippet.words])


def test_shapes():
    assert snippet.x_data.shape == (6, 5, 4)
    assert snippet.y_data.shape == (6,)
    assert tuple(snippet.outputs.shape) == (6, snippet.hidden_size) == (6, 3)
    assert tuple(snippet.logits.shape) == (6, snippet.num_classes) == (6, 2)


def test_output_is_the_state_after_each_words_last_real_character():
    weights = snippet.rnn.get_weights()
    for i, word in enumerate(snippet.words):
        own = simple_rnn_forward(one_hot(word)[None], *weights)[0, -1]
        np.testing.assert_allclose(snippet.outputs[i], own, rtol=1e-5, atol=1e-6)


def test_without_the_mask_the_last_step_would_be_padding_for_short_words():
    weights = snippet.rnn.get_weights()
    unmasked = simple_rnn_forward(snippet.x_data, *weights)[:, -1]
    short = [i for i, w in enumerate(snippet.words) if len(w) < 5]
    for i in short:
        own = simple_rnn_forward(one_hot(snippet.words[i])[None], *weights)[0, -1]
        assert not np.allclose(unmasked[i], own, atol=1e-3)


def test_front_padding_without_a_mask_worked_only_while_the_bias_was_zero():
    """The page's note: zero steps with a zero bias keep h at 0; any other bias leaves a trace."""
    kernel, recurrent_kernel, bias = snippet.rnn.get_weights()
    np.testing.assert_array_equal(bias, 0)
    word = one_hot("oh")
    front = np.concatenate([np.zeros((3, 4), np.float32), word])[None]
    own = simple_rnn_forward(word[None], kernel, recurrent_kernel, bias)[0, -1]
    np.testing.assert_allclose(simple_rnn_forward(front, kernel, recurrent_kernel, bias)[0, -1], own, atol=1e-7)
    moved = bias + 0.5
    own = simple_rnn_forward(word[None], kernel, recurrent_kernel, moved)[0, -1]
    assert not np.allclose(simple_rnn_forward(front, kernel, recurrent_kernel, moved)[0, -1], own, atol=1e-3)


def test_logits_are_dense_on_the_last_real_state():
    kernel, bias = snippet.dense.get_weights()
    assert kernel.shape == (snippet.hidden_size, snippet.num_classes)
    expected = np.asarray(snippet.outputs) @ kernel + bias
    np.testing.assert_allclose(snippet.logits, expected, rtol=1e-5, atol=1e-6)


def test_model_is_masking_then_the_rnn_then_the_dense():
    assert snippet.model.layers == [snippet.masking, snippet.rnn, snippet.dense]
    assert snippet.model.input_shape == (None, 5, 4)  # keras.Input leaves the batch axis out


def test_from_logits_loss_applies_the_softmax_to_the_raw_scores():
    """The page: SparseCategoricalCrossentropy(from_logits=True) takes the logits and y_data as they are."""
    from tensorflow import keras

    z = np.asarray(snippet.logits, dtype=np.float64)
    log_probs = z - z.max(-1, keepdims=True)
    log_probs -= np.log(np.exp(log_probs).sum(-1, keepdims=True))
    expected = -log_probs[np.arange(6), snippet.y_data].mean()
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    assert float(loss(snippet.y_data, snippet.logits)) == pytest.approx(expected, rel=1e-5)
    wrong = keras.losses.SparseCategoricalCrossentropy(from_logits=False)
    assert float(wrong(snippet.y_data, snippet.logits)) != pytest.approx(expected, rel=1e-2)


def test_keras_cudnn_check_accepts_this_mask_and_rejects_front_padding():
    """The note's cuDNN condition, with the check Keras's TensorFlow backend runs before cuDNN (private)."""
    rnn_backend = pytest.importorskip("keras.src.backend.tensorflow.rnn")
    check = getattr(rnn_backend, "_is_sequence_right_padded", None)
    if check is None:
        pytest.skip("this Keras has no _is_sequence_right_padded")
    mask = np.asarray(snippet.mask)
    assert bool(check(mask))
    assert not bool(check(mask[:, ::-1].copy()))  # the same words padded at the front
