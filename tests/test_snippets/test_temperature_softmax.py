"""Claims of docs/text-generation, temperature: every variant of the snippet, against NumPy.

Low T sharpens the softmax (near greedy at 0.2), high T flattens it: the entropy grows with T, and
the seeded draws follow the probabilities.
"""

import re

import numpy as np
import pytest

from rnn_site.execution.variants import read_choices
from tests.snippet_variants import SNIPPETS, declared, every_variant, run_variant

SNIPPET = "temperature_softmax"
VARIANTS = every_variant(SNIPPET)
TEMPERATURES = [v["TEMPERATURE"] for v in VARIANTS]
LOGITS = np.array([2.0, 1.0, 0.5, -1.0])


def _softmax(z):
    e = np.exp(np.asarray(z, dtype=np.float64))
    return e / e.sum()


def _entropy(p):
    return float(-(p * np.log(p)).sum())


def _printed(stdout: str, label: str) -> np.ndarray:
    """The numbers printed in brackets after ``label``."""
    match = re.search(re.escape(label) + r" \[([^\]]*)\]", stdout)
    assert match, label
    return np.array([float(n) for n in match.group(1).split()])


def test_the_variants_are_the_temperatures_the_page_names():
    assert declared(SNIPPET) == {"TEMPERATURE": (0.2, 0.5, 1.0, 2.0)}
    source = (SNIPPETS / f"{SNIPPET}.py").read_text(encoding="utf-8")
    (choice,) = read_choices(source)
    assert choice.default == "1.0"  # the page shows the plain softmax until the reader picks another


@pytest.mark.parametrize("t", TEMPERATURES)
def test_probabilities_are_the_softmax_of_the_scaled_logits(t):
    ns = run_variant(SNIPPET, TEMPERATURE=t)
    np.testing.assert_array_equal(ns["logits"], LOGITS)
    np.testing.assert_allclose(ns["p"], _softmax(LOGITS / t))
    np.testing.assert_allclose(_printed(ns["__stdout__"], "logits / T ="), LOGITS / t)
    np.testing.assert_allclose(_printed(ns["__stdout__"], "probabilities:"), _softmax(LOGITS / t), atol=5e-4)


@pytest.mark.parametrize("t", TEMPERATURES)
def test_the_printed_entropy_is_the_entropy_of_those_probabilities(t):
    ns = run_variant(SNIPPET, TEMPERATURE=t)
    expected = _entropy(_softmax(LOGITS / t))
    assert f"entropy: {expected:.3f} nats" in ns["__stdout__"]
    assert 0 < expected < np.log(4)


def test_the_entropy_grows_with_the_temperature():
    entropies = [_entropy(run_variant(SNIPPET, TEMPERATURE=t)["p"]) for t in sorted(TEMPERATURES)]
    assert entropies == sorted(entropies) and len(set(entropies)) == len(entropies)


def test_temperature_one_is_the_plain_softmax():
    np.testing.assert_allclose(run_variant(SNIPPET, TEMPERATURE=1.0)["p"], _softmax(LOGITS))


@pytest.mark.parametrize("t", TEMPERATURES)
def test_the_seeded_draws_repeat_and_are_printed(t):
    ns = run_variant(SNIPPET, TEMPERATURE=t)
    draws = np.random.default_rng(0).choice(4, size=1000, p=_softmax(LOGITS / t))
    np.testing.assert_array_equal(ns["draws"], draws)
    np.testing.assert_array_equal(ns["counts"], np.bincount(draws, minlength=4))
    np.testing.assert_array_equal(_printed(ns["__stdout__"], "first 20 draws:"), draws[:20])
    np.testing.assert_array_equal(_printed(ns["__stdout__"], "1000 draws per character:"), ns["counts"])


@pytest.mark.parametrize("t", TEMPERATURES)
def test_the_draws_follow_the_probabilities(t):
    """Every count within 4 standard deviations of 1000 p."""
    ns = run_variant(SNIPPET, TEMPERATURE=t)
    p = _softmax(LOGITS / t)
    assert ns["counts"].sum() == 1000
    sd = np.sqrt(1000 * p * (1 - p))
    assert np.all(np.abs(ns["counts"] - 1000 * p) <= 4 * sd + 1)


def test_at_low_temperature_sampling_is_nearly_greedy():
    """The page: at 0.2 the first character's probability is above 0.99, and the first 20 draws are all it."""
    ns = run_variant(SNIPPET, TEMPERATURE=0.2)
    assert ns["p"][0] > 0.99
    assert np.all(ns["draws"][:20] == np.argmax(LOGITS))


def test_at_two_the_lowest_score_is_drawn_about_once_in_ten():
    ns = run_variant(SNIPPET, TEMPERATURE=2.0)
    assert 0.05 < ns["p"][3] < 0.15 and 50 < ns["counts"][3] < 150


@pytest.mark.parametrize("t", TEMPERATURES)
def test_every_printed_line_fits_78_columns(t):
    stdout = run_variant(SNIPPET, TEMPERATURE=t)["__stdout__"]
    assert max(len(line) for line in stdout.splitlines()) <= 78
