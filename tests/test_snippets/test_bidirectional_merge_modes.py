"""Claims of docs/architectures about bidirectional_merge_modes.py, for every merge_mode.

Each of the 5 variants is run with ``run_variant``: the shape(s) the layer returns, its values
against an independent NumPy forward and time-reversed SimpleRNN, and the rule of each mode; every
variant draws the same weights from the seed, so only the merge differs.
"""

import numpy as np
import pytest

from tests.code_width import SNIPPET_COLUMNS, columns
from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_variants import declared, every_variant, run_variant

SNIPPET = "bidirectional_merge_modes"
MODES = [variant["MERGE_MODE"] for variant in every_variant(SNIPPET)]
H = 3
SHAPES = {"concat": (1, 5, 2 * H), "sum": (1, 5, H), "mul": (1, 5, H), "ave": (1, 5, H)}


def _directions(run):
    """The forward and the backward outputs (1, 5, 3) in the input's time order, by NumPy."""
    x = one_hot("hello")[None]
    bi = run["bi"]
    forward = simple_rnn_forward(x, *bi.forward_layer.get_weights())
    backward = simple_rnn_forward(x[:, ::-1], *bi.backward_layer.get_weights())[:, ::-1]
    return forward, backward


def _rule(mode, forward, backward):
    return {
        "concat": np.concatenate([forward, backward], axis=-1),
        "sum": forward + backward,
        "mul": forward * backward,
        "ave": (forward + backward) / 2,
    }[mode]


def test_the_snippet_declares_the_five_modes_concat_first():
    assert declared(SNIPPET) == {"MERGE_MODE": ("concat", "sum", "mul", "ave", None)}


def test_the_input_is_hello():
    np.testing.assert_array_equal(run_variant(SNIPPET)["x_data"], one_hot("hello")[None])


@pytest.mark.parametrize("mode", MODES, ids=str)
def test_the_snippets_two_directions_are_a_forward_and_a_time_reversed_simple_rnn(mode):
    run = run_variant(SNIPPET, MERGE_MODE=mode)
    assert run["bi"].merge_mode == mode
    forward, backward = _directions(run)
    np.testing.assert_allclose(run["forward"], forward, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(run["backward"], backward, rtol=1e-5, atol=1e-6)
    assert not np.allclose(forward, backward)


@pytest.mark.parametrize("mode", list(SHAPES))
def test_each_mode_has_its_shape_and_rule(mode):
    run = run_variant(SNIPPET, MERGE_MODE=mode)
    result = run["result"]
    assert not isinstance(result, (tuple, list))
    assert tuple(result.shape) == SHAPES[mode]
    np.testing.assert_allclose(result, _rule(mode, *_directions(run)), rtol=1e-5, atol=1e-6)


def test_none_returns_the_two_directions_unmerged():
    run = run_variant(SNIPPET, MERGE_MODE=None)
    assert len(run["result"]) == 2
    first, second = run["result"]
    assert tuple(first.shape) == tuple(second.shape) == (1, 5, H)
    forward, backward = _directions(run)
    np.testing.assert_allclose(first, forward, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(second, backward, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("mode", MODES, ids=str)
def test_the_printout(mode):
    lines = run_variant(SNIPPET, MERGE_MODE=mode)["__stdout__"].splitlines()
    assert lines[0] == "forward, shape (1, 5, 3):"
    assert "backward, shape (1, 5, 3):" in lines
    if mode is None:
        assert "merge_mode=None: 2 tensors, shapes (1, 5, 3) and (1, 5, 3)" in lines
        assert lines[-2:] == ["first == forward: True", "second == backward: True"]
    else:
        assert f"merge_mode={mode!r}: 1 tensor, shape {SHAPES[mode]}:" in lines
        assert lines[-1].startswith("equals ") and lines[-1].endswith(": True")
    assert "False" not in "\n".join(lines)
    assert max(columns(line) for line in lines) <= SNIPPET_COLUMNS


def test_every_mode_has_the_same_forward_and_the_same_backward_weights_which_differ():
    reference = run_variant(SNIPPET, MERGE_MODE=None)["bi"].get_weights()
    for mode in MODES:
        weights = run_variant(SNIPPET, MERGE_MODE=mode)["bi"].get_weights()
        assert len(weights) == len(reference) == 6, mode
        for a, b in zip(weights, reference):
            np.testing.assert_array_equal(a, b)
    forward_kernel, backward_kernel = reference[0], reference[3]
    assert forward_kernel.shape == backward_kernel.shape
    assert not np.allclose(forward_kernel, backward_kernel)


def test_the_backward_layer_alone_gives_its_outputs_in_the_order_it_read():
    """The page: bi.backward_layer reads from the last step and returns its outputs in that order."""
    run = run_variant(SNIPPET)
    x = one_hot("hello")[None]
    bi = run["bi"]
    read_order = np.asarray(bi.backward_layer(x))
    expected = simple_rnn_forward(x[:, ::-1], *bi.backward_layer.get_weights())
    np.testing.assert_allclose(read_order, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(run["backward"], read_order[:, ::-1])
