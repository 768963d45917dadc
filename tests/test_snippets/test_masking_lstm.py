"""Claims of docs/variable-length-sequences, Masking: LSTM h and c at the last real step; right-padded masks."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.rnn_reference import one_hot
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("masking_lstm")
WORDS = ["hello", "lol", "oh"]


def test_the_words_are_padded_at_the_end_with_zero_vectors():
    assert snippet.x_data.shape == (3, 5, 4)
    for row, word in zip(snippet.x_data, WORDS):
        np.testing.assert_array_equal(row[: len(word)], one_hot(word))
        np.testing.assert_array_equal(row[len(word) :], 0)


def test_the_mask_marks_the_steps_that_are_not_all_zeros():
    assert tuple(snippet.mask.shape) == (3, 5)
    np.testing.assert_array_equal(snippet.mask, np.abs(snippet.x_data).sum(-1) != 0)


def test_shapes_of_the_three_returned_tensors():
    for tensor in (snippet.output, snippet.state_h, snippet.state_c):
        assert tuple(tensor.shape) == (3, 2)


def test_h_and_c_are_those_of_each_word_read_alone():
    weights = snippet.lstm.get_weights()
    for i, word in enumerate(WORDS):
        hs, c = lstm_forward(one_hot(word)[None], *weights)
        np.testing.assert_allclose(snippet.state_h[i], hs[0, -1], rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(snippet.state_c[i], c[0], rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(snippet.output, snippet.state_h)
    np.testing.assert_allclose(snippet.lol_h[0], snippet.state_h[1], rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(snippet.lol_c[0], snippet.state_c[1], rtol=1e-6, atol=1e-7)


def test_without_the_mask_the_padding_would_change_the_state():
    hs, _ = lstm_forward(snippet.x_data, *snippet.lstm.get_weights())
    assert not np.allclose(hs[1, -1], snippet.state_h[1], atol=1e-4)


def test_front_padding_holds_the_same_words():
    for row, word in zip(snippet.front, WORDS):
        np.testing.assert_array_equal(row[5 - len(word) :], one_hot(word))
        np.testing.assert_array_equal(row[: 5 - len(word)], 0)


def test_right_padded_means_real_steps_first_then_padding():
    assert snippet.right_padded(snippet.mask)
    assert not snippet.right_padded(snippet.masking.compute_mask(snippet.front))
    assert snippet.right_padded(np.ones((2, 4), bool))
    assert not snippet.right_padded(np.array([[True, False, True]]))


def test_use_cudnn_is_an_lstm_and_gru_argument():
    """The page names ``use_cudnn=False`` as the way around the right-padding condition."""
    from tensorflow.keras import layers

    assert layers.LSTM(2, use_cudnn=False).use_cudnn is False
    assert layers.GRU(2, use_cudnn=False).use_cudnn is False


def test_right_padded_is_the_condition_keras_checks_before_cudnn():
    """Compared with Keras's own check (a private helper of the TensorFlow backend, so skip if it moves)."""
    import itertools

    import pytest

    rnn = pytest.importorskip("keras.src.backend.tensorflow.rnn")
    if not hasattr(rnn, "_is_sequence_right_padded"):
        pytest.skip("this Keras has no _is_sequence_right_padded")
    for row in itertools.product([False, True], repeat=4):
        mask = np.array([row, [True, True, False, False]])
        assert snippet.right_padded(mask) == bool(rnn._is_sequence_right_padded(mask)), row
