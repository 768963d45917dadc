"""Claims of docs/stateful-rnn, chunks: every variant of the snippet.

Three calls on (2, 4, 3) chunks give exactly the outputs of one call on (2, 12, 3) when the layer is
stateful; without stateful=True each chunk starts again from zeros, so only the first chunk agrees.
"""

import re

import numpy as np
import pytest

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_variants import declared, every_variant, run_variant

SNIPPET = "stateful_chunks"
VARIANTS = every_variant(SNIPPET)


def _id(values: dict) -> str:
    return "-".join(f"{k}={v}" for k, v in values.items())


def _printed_chunks(stdout: str) -> list[tuple[int, int, float, bool]]:
    found = re.findall(r"^steps +(\d+)- *(\d+): max \|difference\| (\S+), equal: (True|False)$", stdout, re.M)
    return [(int(a), int(b), float(gap), same == "True") for a, b, gap, same in found]


def test_the_variants_are_stateful_and_not():
    assert declared(SNIPPET) == {"STATEFUL": (True, False)}


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_shapes(values):
    ns = run_variant(SNIPPET, **values)
    assert ns["x_long"].shape == (2, 12, 3)
    assert ns["x_long"][:, : ns["chunk"]].shape == (2, 4, 3)
    assert tuple(ns["whole"].shape) == (2, 12, ns["hidden_size"]) == (2, 12, 4)
    assert tuple(ns["outputs"].shape) == (2, 4, 4)
    assert tuple(ns["model"].inputs[0].shape) == (2, None, 3)
    assert ns["chunk_rnn"].stateful is values["STATEFUL"]
    stdout = ns["__stdout__"]
    assert stdout.startswith(f"stateful={values['STATEFUL']}\n")
    assert "x_long shape: (2, 12, 3), chunk shape: (2, 4, 3)\n" in stdout
    assert "outputs shape, whole run: (2, 12, 4), one chunk: (2, 4, 4)\n" in stdout


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_only_a_stateful_layer_keeps_a_state_of_shape_batch_by_units(values):
    ns = run_variant(SNIPPET, **values)
    if values["STATEFUL"]:
        assert tuple(ns["chunk_rnn"].states[0].shape) == (2, 4)
        assert "kept state shape: (2, 4)\n" in ns["__stdout__"]
    else:
        assert ns["chunk_rnn"].states is None
        assert "kept state shape: None\n" in ns["__stdout__"]


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_both_layers_have_the_same_weights(values):
    ns = run_variant(SNIPPET, **values)
    for a, b in zip(ns["chunk_rnn"].get_weights(), ns["whole_rnn"].get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_the_whole_run_is_the_numpy_recurrence(values):
    ns = run_variant(SNIPPET, **values)
    expected = simple_rnn_forward(ns["x_long"], *ns["whole_rnn"].get_weights())
    np.testing.assert_allclose(ns["whole"], expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_each_chunk_starts_from_the_state_numpy_says(values):
    """Stateful: from the state the previous chunk left. Not stateful: from zeros, every chunk."""
    ns = run_variant(SNIPPET, **values)
    x, weights = ns["x_long"], ns["whole_rnn"].get_weights()
    whole = simple_rnn_forward(x, *weights)
    h0 = whole[:, 7] if values["STATEFUL"] else None  # the last chunk's starting state
    last_chunk = simple_rnn_forward(x[:, 8:], *weights, h0=h0)
    np.testing.assert_allclose(ns["outputs"], last_chunk, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_the_printed_verdicts_are_what_numpy_says(values):
    """Every chunk equals the whole run when stateful; only the first (from zeros either way) when not."""
    ns = run_variant(SNIPPET, **values)
    x, weights = ns["x_long"], ns["whole_rnn"].get_weights()
    whole = simple_rnn_forward(x, *weights)
    printed = _printed_chunks(ns["__stdout__"])
    assert [(a, b) for a, b, _, _ in printed] == [(0, 3), (4, 7), (8, 11)]
    h = None
    for start, end, gap, equal in printed:
        chunk_outputs = simple_rnn_forward(x[:, start : end + 1], *weights, h0=h)
        expected_gap = np.abs(chunk_outputs - whole[:, start : end + 1]).max()
        assert gap == pytest.approx(expected_gap, rel=0.06, abs=1e-5)
        assert equal == (values["STATEFUL"] or start == 0)
        assert equal == (expected_gap < 1e-5)
        h = chunk_outputs[:, -1] if values["STATEFUL"] else None


def test_stateful_chunks_give_exactly_the_whole_runs_outputs():
    """The page says the stateful chunks agree to the last digit (np.array_equal)."""
    ns = run_variant(SNIPPET, STATEFUL=True)
    np.testing.assert_array_equal(ns["outputs"], ns["whole"][:, 8:])
    np.testing.assert_array_equal(ns["chunk_rnn"].states[0], ns["whole"][:, -1])


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_the_printed_last_states_are_the_arrays(values):
    ns = run_variant(SNIPPET, **values)
    stdout = ns["__stdout__"]
    assert f"step 11, chunks:    {np.asarray(ns['outputs'][0, -1])}" in stdout
    assert f"step 11, whole run: {np.asarray(ns['whole'][0, -1])}" in stdout


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_every_printed_line_fits_78_columns(values):
    stdout = run_variant(SNIPPET, **values)["__stdout__"]
    assert max(len(line) for line in stdout.splitlines()) <= 78
