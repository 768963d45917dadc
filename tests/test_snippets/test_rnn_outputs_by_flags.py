"""Claims of docs/return-sequences-and-state about rnn_outputs_by_flags.py, for every variant.

Each of the 12 variants (layer x return_sequences x return_state) is run with ``run_variant``:
how many tensors come back, their names and shapes, their values against an independent NumPy
recurrence, and the equalities the snippet prints.
"""

import numpy as np
import pytest

from tests.code_width import SNIPPET_COLUMNS, columns
from tests.gated_reference import gru_forward, lstm_forward
from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_variants import declared, every_variant, run_variant

SNIPPET = "rnn_outputs_by_flags"
VARIANTS = every_variant(SNIPPET)
UNITS = 2


def _id(variant):
    return "-".join(f"{name}={value}" for name, value in variant.items())


def _expected(variant):
    """The names and shapes the page's rules give, written out for "hello" (1, 5, 4) and units 2."""
    outputs = (1, 5, UNITS) if variant["RETURN_SEQUENCES"] else (1, UNITS)
    if not variant["RETURN_STATE"]:
        return [("outputs", outputs)]
    if variant["LAYER"] == "LSTM":
        return [("outputs", outputs), ("state_h", (1, UNITS)), ("state_c", (1, UNITS))]
    return [("outputs", outputs), ("states", (1, UNITS))]


def _reference(run, layer):
    """All h (1, 5, 2) and the final c (LSTM only), from the layer's weights by NumPy."""
    x = one_hot("hello")[None]
    weights = run["rnn"].get_weights()
    if layer == "SimpleRNN":
        return simple_rnn_forward(x, *weights), None
    if layer == "LSTM":
        return lstm_forward(x, *weights)
    return gru_forward(x, *weights), None


def test_the_snippet_declares_twelve_variants_default_first():
    assert declared(SNIPPET) == {
        "LAYER": ("SimpleRNN", "LSTM", "GRU"),
        "RETURN_SEQUENCES": (False, True),
        "RETURN_STATE": (False, True),
    }
    assert len(VARIANTS) == 12


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_the_layer_is_the_one_chosen_with_the_flags_chosen(variant):
    rnn = run_variant(SNIPPET, **variant)["rnn"]
    assert type(rnn).__name__ == variant["LAYER"]
    assert rnn.units == UNITS
    assert rnn.return_sequences is variant["RETURN_SEQUENCES"]
    assert rnn.return_state is variant["RETURN_STATE"]


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_names_count_and_shapes_of_what_comes_back(variant):
    run = run_variant(SNIPPET, **variant)
    result = run["result"]
    expected = _expected(variant)
    if variant["RETURN_STATE"]:
        assert len(result) == len(expected)
        shapes = [tuple(t.shape) for t in result]
    else:
        assert not isinstance(result, (tuple, list))
        shapes = [tuple(result.shape)]
    assert list(zip(run["names"], shapes)) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_values_match_a_numpy_recurrence(variant):
    run = run_variant(SNIPPET, **variant)
    all_h, final_c = _reference(run, variant["LAYER"])
    outputs = all_h if variant["RETURN_SEQUENCES"] else all_h[:, -1]
    tensors = run["tensors"]
    np.testing.assert_allclose(tensors[0], outputs, rtol=1e-5, atol=1e-6)
    if variant["RETURN_STATE"]:
        np.testing.assert_allclose(tensors[1], all_h[:, -1], rtol=1e-5, atol=1e-6)
    if variant["RETURN_STATE"] and variant["LAYER"] == "LSTM":
        np.testing.assert_allclose(tensors[2], final_c, rtol=1e-5, atol=1e-6)
        assert not np.allclose(final_c, all_h[:, -1])


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_the_printout_names_each_tensor_with_its_shape_and_the_equalities(variant):
    run = run_variant(SNIPPET, **variant)
    lines = run["__stdout__"].splitlines()
    expected = _expected(variant)
    assert lines[0] == "rnn = layers.{}(2, return_sequences={}, return_state={})".format(
        variant["LAYER"], variant["RETURN_SEQUENCES"], variant["RETURN_STATE"]
    )
    count = "1 tensor" if len(expected) == 1 else f"{len(expected)} tensors"
    assert lines[1] == "{} = rnn(x_data)  # {}".format(", ".join(name for name, _ in expected), count)
    for name, shape in expected:
        assert sum(line.startswith(f"{name}: shape {shape}, ") for line in lines) == 1
    last = "outputs[:, -1]" if variant["RETURN_SEQUENCES"] else "outputs"
    equalities = [line for line in lines if " == " in line]
    assert equalities == [
        f"{name} == {last}: {name != 'state_c'}" for name, _ in expected[1:]
    ]  # the final h is the last step of outputs; the cell state c is not


@pytest.mark.parametrize("variant", VARIANTS, ids=_id)
def test_every_printed_line_fits_the_code_block(variant):
    printed = run_variant(SNIPPET, **variant)["__stdout__"]
    assert max(columns(line) for line in printed.splitlines()) <= SNIPPET_COLUMNS


@pytest.mark.parametrize("layer", ["SimpleRNN", "LSTM", "GRU"])
def test_the_flags_change_what_comes_back_not_the_numbers(layer):
    """Same seed, same layer: the four flag choices have the same weights and the same last h."""
    runs = [run_variant(SNIPPET, **v) for v in VARIANTS if v["LAYER"] == layer]
    reference = runs[0]["rnn"].get_weights()
    last_h = np.asarray(runs[0]["tensors"][0])  # return_sequences=False: the last h
    for run in runs[1:]:
        for a, b in zip(run["rnn"].get_weights(), reference):
            np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(run["last_step"], last_h)


def test_simple_rnn_numbers_are_the_combinations_snippets():
    """The page: pick SimpleRNN and the numbers are those of return_sequences_state_combinations.py."""
    from tests.snippet_modules import lazy_snippet

    combinations = lazy_snippet("return_sequences_state_combinations")
    for (return_sequences, return_state), result in combinations.results.items():
        run = run_variant(SNIPPET, LAYER="SimpleRNN", RETURN_SEQUENCES=return_sequences, RETURN_STATE=return_state)
        expected = list(result) if return_state else [result]
        for a, b in zip(run["tensors"], expected, strict=True):
            np.testing.assert_array_equal(a, b)
