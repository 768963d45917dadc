"""Claims of docs/variable-length-sequences, Masking: LSTM h and c at the last real step; masks cuDNN accepts."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.keras_versions import requires_keras
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


@requires_keras("3.2", "use_cudnn is an argument of LSTM and GRU from Keras 3.2 (the page says so)")
def test_use_cudnn_is_an_lstm_and_gru_argument():
    """The page names ``use_cudnn=False`` as the way around the right-padding condition."""
    from tensorflow.keras import layers

    assert layers.LSTM(2, use_cudnn=False).use_cudnn is False
    assert layers.GRU(2, use_cudnn=False).use_cudnn is False


def test_cudnn_accepts_is_right_padding_and_no_row_of_padding_only():
    assert snippet.cudnn_accepts(snippet.mask)
    assert not snippet.cudnn_accepts(snippet.masking.compute_mask(snippet.front))
    assert not snippet.cudnn_accepts(snippet.masking.compute_mask(snippet.empty_row))
    assert snippet.cudnn_accepts(np.ones((2, 4), bool))
    assert not snippet.cudnn_accepts(np.array([[True, False, True]]))
    assert not snippet.cudnn_accepts(np.array([[True, True], [False, False]]))


def test_the_empty_row_holds_two_words_and_a_row_of_padding():
    np.testing.assert_array_equal(snippet.empty_row[:2], snippet.x_data[:2])
    np.testing.assert_array_equal(snippet.empty_row[2], 0)


def _keras_mask_check():
    """Keras's check before cuDNN (TensorFlow backend, private, Keras 3.2+): skip if it moves."""
    import pytest

    rnn = pytest.importorskip("keras.src.backend.tensorflow.rnn")
    if not hasattr(rnn, "_assert_valid_mask"):
        pytest.skip("this Keras has no _assert_valid_mask (3.0 and 3.1 send no mask to cuDNN)")
    return rnn._assert_valid_mask


def test_cudnn_accepts_is_the_condition_keras_asserts_before_cudnn():
    import itertools

    import tensorflow as tf

    check = _keras_mask_check()
    for row in itertools.product([False, True], repeat=4):
        mask = tf.constant([row, [True, True, False, False]])
        try:
            check(mask)
            passed = True
        except tf.errors.InvalidArgumentError:
            passed = False
        assert passed == snippet.cudnn_accepts(np.asarray(mask)), row


def test_the_check_fails_at_once_when_eager_and_only_when_run_inside_a_tf_function():
    """Why an eager call falls back (Keras catches the error) and a compiled fit raises (it comes later)."""
    import pytest
    import tensorflow as tf

    check = _keras_mask_check()
    front = tf.constant(np.asarray(snippet.masking.compute_mask(snippet.front)))
    with pytest.raises(tf.errors.InvalidArgumentError, match="right-padded"):
        check(front)  # eager: raised inside the call, where keras' lstm() turns it into a fallback

    @tf.function
    def compiled(mask):
        check(mask)
        return tf.reduce_sum(tf.cast(mask, tf.int32))

    compiled.get_concrete_function(tf.TensorSpec([None, 5], tf.bool))  # tracing raises nothing
    assert int(compiled(tf.constant(np.asarray(snippet.mask)))) == 10
    with pytest.raises(tf.errors.InvalidArgumentError, match="right-padded"):
        compiled(front)  # the graph runs the assertion: the error comes out of the compiled call
