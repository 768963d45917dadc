"""Claims of docs/lstm-and-gru: weight shapes, and parameter counts that follow from them."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("lstm_gru_weights")


INPUT_DIM, UNITS = 4, 2


def _shapes(layer):
    return {w.name: tuple(w.shape) for w in layer.weights}


def test_lstm_weight_shapes_are_four_blocks_side_by_side():
    assert _shapes(snippet.lstm) == {"kernel": (4, 8), "recurrent_kernel": (2, 8), "bias": (8,)}


def test_gru_weight_shapes_with_reset_after_have_two_bias_rows():
    assert snippet.gru.reset_after is True
    assert _shapes(snippet.gru) == {"kernel": (4, 6), "recurrent_kernel": (2, 6), "bias": (2, 6)}


def test_count_params_equals_the_sum_of_the_weight_sizes():
    for layer in (snippet.lstm, snippet.gru):
        assert layer.count_params() == sum(int(np.prod(w.shape)) for w in layer.weights)


def test_count_params_equals_the_page_formulas():
    block = INPUT_DIM * UNITS + UNITS * UNITS
    assert snippet.lstm.count_params() == 4 * (block + UNITS) == 56
    assert snippet.gru.count_params() == 3 * (block + 2 * UNITS) == 48


def test_gru_without_reset_after_has_one_bias_row():
    from tensorflow.keras import layers

    gru = layers.GRU(UNITS, reset_after=False)
    gru.build((1, 5, INPUT_DIM))
    assert tuple(gru.cell.bias.shape) == (3 * UNITS,)
    assert gru.count_params() == 3 * (INPUT_DIM * UNITS + UNITS * UNITS + UNITS)


def test_lstm_forget_gate_bias_starts_at_one_and_every_other_bias_at_zero():
    """docs/lstm-and-gru shows it; docs/inside-the-cell says biases start at zero except this block."""
    assert snippet.lstm.unit_forget_bias is True
    blocks = snippet.lstm.get_weights()[2].reshape(4, UNITS)  # i, f, c, o
    np.testing.assert_array_equal(blocks, [[0, 0], [1, 1], [0, 0], [0, 0]])
    np.testing.assert_array_equal(snippet.gru.get_weights()[2], np.zeros((2, 6)))


def test_without_unit_forget_bias_the_lstm_bias_is_all_zero():
    from tensorflow.keras import layers

    lstm = layers.LSTM(UNITS, unit_forget_bias=False)
    lstm.build((1, 5, INPUT_DIM))
    np.testing.assert_array_equal(lstm.get_weights()[2], np.zeros(4 * UNITS))
