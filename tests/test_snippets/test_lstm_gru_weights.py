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
