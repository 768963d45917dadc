"""Claims of docs/variable-length-sequences, masked steps: the cell still runs; LSTM repeats, Bidirectional writes zeros."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.rnn_reference import one_hot
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("masked_step_outputs")
WORDS = ["lol", "oh"]


def _mask() -> np.ndarray:
    return np.arange(5) < np.array([len(w) for w in WORDS])[:, None]


def test_the_words_are_padded_at_the_end():
    assert snippet.x_data.shape == (2, 5, 4)
    for row, word in zip(snippet.x_data, WORDS):
        np.testing.assert_array_equal(row[: len(word)], one_hot(word))
        np.testing.assert_array_equal(row[len(word) :], 0)


def test_the_cell_computes_the_steps_that_are_padding_in_every_row():
    assert snippet.all_padding == 2  # steps 3 and 4
    assert snippet.cell.padding_steps_run == snippet.all_padding


def test_a_plain_lstm_repeats_the_last_real_output_at_masked_steps():
    outputs = np.asarray(snippet.lstm_outputs)
    for i, word in enumerate(WORDS):
        hs, _ = lstm_forward(one_hot(word)[None], *snippet.lstm.get_weights())
        np.testing.assert_allclose(outputs[i, : len(word)], hs[0], rtol=1e-5, atol=1e-6)
        for t in range(len(word), 5):
            np.testing.assert_array_equal(outputs[i, t], outputs[i, len(word) - 1])
    assert snippet.lstm.zero_output_for_mask is False


def test_bidirectional_with_return_sequences_writes_zeros_at_masked_steps():
    outputs = np.asarray(snippet.bi_outputs)
    assert outputs.shape == (2, 5, 4)
    np.testing.assert_array_equal(outputs[~_mask()], 0)  # both halves
    assert snippet.bi.forward_layer.zero_output_for_mask is True
    assert snippet.bi.backward_layer.zero_output_for_mask is True


def test_the_forward_half_equals_the_plain_lstm_on_the_real_steps():
    for a, b in zip(snippet.bi.forward_layer.get_weights(), snippet.lstm.get_weights()):
        np.testing.assert_array_equal(a, b)
    mask = _mask()
    np.testing.assert_allclose(
        np.asarray(snippet.bi_outputs)[..., :2][mask], np.asarray(snippet.lstm_outputs)[mask], rtol=1e-6, atol=1e-7
    )


def test_bidirectional_without_return_sequences_keeps_the_layers_own_setting():
    """Only return_sequences=True forces zeros: the last-step-only layer keeps zero_output_for_mask=False."""
    from tensorflow.keras import layers

    bi = layers.Bidirectional(layers.LSTM(2))
    assert bi.forward_layer.zero_output_for_mask is False
