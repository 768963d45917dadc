"""Claims of docs/lstm-and-gru about param_count_by_units.py, for every variant.

Each of the 12 variants (layer x units) is run with ``run_variant``: the weight shapes, the count
Keras reports and the count the snippet makes by hand, against the arithmetic of the page's gate
equations.
"""

import math

import pytest

from tests.code_width import SNIPPET_COLUMNS, columns
from tests.snippet_variants import declared, every_variant, run_variant

SNIPPET = "param_count_by_units"
VARIANTS = every_variant(SNIPPET)
INPUT_DIM = 4  # "hello" one-hot
BLOCKS = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}  # h; i, f, c, o; z, r, h


def _id(variant):
    return "-".join(f"{name}={value}" for name, value in variant.items())


def _shapes(layer, units):
    """Each block has a W (input_dim, units), a U (units, units) and a bias; GRU (reset_after=True) two biases."""
    width = BLOCKS[layer] * units
    bias = (2, width) if layer == "GRU" else (width,)
    return {"kernel": (INPUT_DIM, width), "recurrent_kernel": (units, width), "bias": bias}


def _count(layer, units):
    """The parameters of the page's equations, block by block."""
    biases = 2 if layer == "GRU" else 1
    return BLOCKS[layer] * (INPUT_DIM * units + units * units + biases * units)


def test_the_snippet_declares_twelve_variants_default_first():
    assert declared(SNIPPET) == {"LAYER": ("SimpleRNN", "LSTM", "GRU"), "UNITS": (1, 2, 4, 8)}
    assert len(VARIANTS) == 12


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_weight_shapes(variant):
    rnn = run_variant(SNIPPET, **variant)["rnn"]
    assert type(rnn).__name__ == variant["LAYER"]
    assert {w.name: tuple(w.shape) for w in rnn.weights} == _shapes(variant["LAYER"], variant["UNITS"])


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_count_params_by_hand_and_by_the_equations_agree(variant):
    run = run_variant(SNIPPET, **variant)
    expected = _count(variant["LAYER"], variant["UNITS"])
    assert run["rnn"].count_params() == expected
    assert sum(run["sizes"]) == expected
    assert run["sizes"] == [math.prod(shape) for shape in _shapes(variant["LAYER"], variant["UNITS"]).values()]


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_the_printout(variant):
    run = run_variant(SNIPPET, **variant)
    lines = run["__stdout__"].splitlines()
    layer, units = variant["LAYER"], variant["UNITS"]
    expected = _count(layer, units)
    assert lines[0] == f"layers.{layer}(units={units}) on x_data (1, 5, 4):"
    rows = lines[1:4]
    for row, (name, shape) in zip(rows, _shapes(layer, units).items()):
        assert row.split()[0] == name
        assert str(shape) in row
        assert row.split()[-1] == str(math.prod(shape))  # the entries, multiplied out
    sizes = " + ".join(str(math.prod(shape)) for shape in _shapes(layer, units).values())
    assert lines[4] == f"by hand:        {sizes} = {expected}"
    assert lines[5] == f"count_params(): {expected}"
    assert len(lines) == 6
    assert max(columns(line) for line in lines) <= SNIPPET_COLUMNS


def test_the_default_is_the_pages_lstm_with_two_units():
    """The default variant is lstm_gru_weights.py's LSTM: 56 parameters, as the page says above it."""
    run = run_variant(SNIPPET)
    assert type(run["rnn"]).__name__ == "LSTM" and run["rnn"].units == 2
    assert run["rnn"].count_params() == 56


@pytest.mark.parametrize("layer", list(BLOCKS))
def test_doubling_units_doubles_kernel_and_bias_and_quadruples_recurrent_kernel(layer):
    """The page: kernel and bias grow with units, recurrent_kernel with units along both axes."""
    runs = {units: run_variant(SNIPPET, LAYER=layer, UNITS=units) for units in (1, 2, 4, 8)}
    for small, large in ((1, 2), (2, 4), (4, 8)):
        kernel, recurrent_kernel, bias = runs[small]["sizes"]
        assert runs[large]["sizes"] == [2 * kernel, 4 * recurrent_kernel, 2 * bias]


@pytest.mark.parametrize("layer", list(BLOCKS))
def test_recurrent_kernel_catches_up_with_kernel_at_the_input_dimension(layer):
    """The page: at UNITS = 4 (the input's dimension) the two are the same size; above it, U is larger."""
    sizes = {units: run_variant(SNIPPET, LAYER=layer, UNITS=units)["sizes"] for units in (1, 2, 4, 8)}
    assert sizes[4][0] == sizes[4][1]
    assert sizes[8][1] > sizes[8][0]
    assert sizes[1][1] < sizes[1][0] and sizes[2][1] < sizes[2][0]
