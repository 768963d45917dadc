"""Claims of docs/variable-length-sequences, padding side and mask: every variant of the snippet.

With a mask, front and end padding both return each word's own state; without one, end padding
reads the padding after the word and front padding steps the cell through zeros (the bias moves the
state), so only the word with no padding keeps its state. Each printed verdict is checked against
NumPy.
"""

import re

import numpy as np
import pytest

from tests.rnn_reference import masked_simple_rnn_forward, one_hot, simple_rnn_forward
from tests.snippet_variants import every_variant, run_variant

SNIPPET = "padding_side_and_mask"
WORDS = ["hello", "lol", "oh"]
VARIANTS = every_variant(SNIPPET)


def _id(values: dict) -> str:
    return "-".join(f"{k}={v}" for k, v in values.items())


def _padded(padding: str) -> tuple[np.ndarray, np.ndarray]:
    """The words as one-hot rows padded to 5 steps with zero vectors, and which steps are real."""
    x = np.zeros((len(WORDS), 5, 4), dtype=np.float32)
    real = np.zeros((len(WORDS), 5), dtype=bool)
    for i, word in enumerate(WORDS):
        steps = slice(0, len(word)) if padding == "post" else slice(5 - len(word), 5)
        x[i, steps] = one_hot(word)
        real[i, steps] = True
    return x, real


def _printed_words(stdout: str) -> dict[str, tuple[float, bool]]:
    """word -> (printed max |difference|, printed verdict), from the two lines each word prints."""
    found = re.findall(r"^\s*(\w+): state .*\n\s+max \|difference\| (\S+), same: (True|False)$", stdout, re.M)
    return {word: (float(gap), verdict == "True") for word, gap, verdict in found}


def test_the_snippet_declares_the_four_variants_the_page_describes():
    assert {(v["PADDING"], v["MASK"]) for v in VARIANTS} == {
        ("pre", True),
        ("pre", False),
        ("post", True),
        ("post", False),
    }


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_padding_puts_zero_vectors_on_the_chosen_side(values):
    ns = run_variant(SNIPPET, **values)
    expected, real = _padded(values["PADDING"])
    assert ns["padded"].shape == (3, 5, 4)
    np.testing.assert_array_equal(ns["padded"], expected)
    assert f"real steps (1) and padding (0):\n{real.astype(int)}" in ns["__stdout__"]


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_the_returned_states_are_the_numpy_recurrence_with_or_without_the_mask(values):
    ns = run_variant(SNIPPET, **values)
    x, real = _padded(values["PADDING"])
    weights = ns["rnn"].get_weights()
    if values["MASK"]:
        expected = masked_simple_rnn_forward(x, real, *weights)[:, -1]
    else:
        expected = simple_rnn_forward(x, *weights)[:, -1]
    assert tuple(ns["states"].shape) == (3, 2)
    np.testing.assert_allclose(ns["states"], expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_each_printed_verdict_is_what_numpy_says(values):
    """The printed gap and yes/no against the word run alone; right for all words only with a mask."""
    ns = run_variant(SNIPPET, **values)
    weights = ns["rnn"].get_weights()
    states = np.asarray(ns["states"])
    printed = _printed_words(ns["__stdout__"])
    assert list(printed) == WORDS
    for i, word in enumerate(WORDS):
        alone = simple_rnn_forward(one_hot(word)[None], *weights)[0, -1]
        gap = np.abs(states[i] - alone).max()
        same = np.allclose(states[i], alone, atol=1e-6)
        assert printed[word][1] == same, word
        assert printed[word][0] == pytest.approx(gap, rel=0.06, abs=1e-6), word
        # the lesson: a mask makes every word right; without one, only the word with no padding is
        assert same == (values["MASK"] or len(word) == 5), word


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_the_printed_header_names_the_variant_and_the_bias(values):
    ns = run_variant(SNIPPET, **values)
    stdout = ns["__stdout__"]
    assert stdout.startswith(f"padding={values['PADDING']!r}, mask={values['MASK']}\n")
    bias = np.asarray(ns["rnn"].cell.bias)
    assert f"bias: {np.round(bias, 3)}" in stdout
    assert np.all(np.abs(bias) > 1e-3), "the page's point needs a bias that is not zero"


def test_front_padding_without_a_mask_would_be_right_with_a_zero_bias():
    """The page: zeros at the front move the state only through the bias (x = 0 and h = 0 there)."""
    ns = run_variant(SNIPPET, PADDING="pre", MASK=False)
    kernel, recurrent_kernel, _ = ns["rnn"].get_weights()
    x, _ = _padded("pre")
    zero_bias = np.zeros(2)
    padded_states = simple_rnn_forward(x, kernel, recurrent_kernel, zero_bias)[:, -1]
    for i, word in enumerate(WORDS):
        alone = simple_rnn_forward(one_hot(word)[None], kernel, recurrent_kernel, zero_bias)[0, -1]
        np.testing.assert_allclose(padded_states[i], alone, rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("values", VARIANTS, ids=_id)
def test_every_printed_line_fits_78_columns(values):
    stdout = run_variant(SNIPPET, **values)["__stdout__"]
    assert max(len(line) for line in stdout.splitlines()) <= 78


def test_without_a_mask_front_padding_moves_the_state_less_than_end_padding():
    """The page: front padding changes the state too, but less than padding at the end."""
    pre = run_variant(SNIPPET, PADDING="pre", MASK=False)
    post = run_variant(SNIPPET, PADDING="post", MASK=False)
    pre_gaps, post_gaps = _printed_words(pre["__stdout__"]), _printed_words(post["__stdout__"])
    for word in ("lol", "oh"):
        assert 0 < pre_gaps[word][0] < post_gaps[word][0], word


def test_the_default_dtype_of_pad_sequences_would_not_keep_float_vectors():
    """The snippet passes dtype='float32' because the default 'int32' turns 0.5 into 0."""
    from tensorflow import keras

    padded = keras.utils.pad_sequences([np.array([[0.5, 1.0]])], maxlen=2)
    assert padded.dtype == np.int32
    np.testing.assert_array_equal(padded, [[[0, 0], [0, 1]]])
