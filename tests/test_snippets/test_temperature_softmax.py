"""Claims of docs/text-generation, temperature: low T sharpens the softmax, high T flattens it."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("temperature_softmax")


def _softmax(z):
    e = np.exp(np.asarray(z, dtype=np.float64))
    return e / e.sum()


def test_probabilities_are_the_softmax_of_the_scaled_logits():
    for t in [0.2, 1.0, 2.0]:
        np.testing.assert_allclose(snippet.softmax_with_temperature(snippet.logits, t), _softmax(snippet.logits / t))


def test_temperature_one_is_the_plain_softmax():
    np.testing.assert_allclose(snippet.softmax_with_temperature(snippet.logits, 1.0), _softmax(snippet.logits))


def test_low_temperature_is_near_greedy_and_high_is_flatter():
    p = {t: snippet.softmax_with_temperature(snippet.logits, t) for t in [0.2, 1.0, 2.0]}
    assert p[0.2][0] > 0.99  # almost always the highest score
    entropy = {t: -(q * np.log(q)).sum() for t, q in p.items()}
    assert entropy[0.2] < entropy[1.0] < entropy[2.0]
    assert p[2.0].max() < p[1.0].max() < p[0.2].max()
    assert p[2.0].min() > p[1.0].min() > p[0.2].min()


def test_the_draws_follow_the_probabilities():
    """The last loop's counts (T=2.0): within 4 standard deviations of 1000 p."""
    p = snippet.softmax_with_temperature(snippet.logits, 2.0)
    assert snippet.counts.sum() == 1000
    sd = np.sqrt(1000 * p * (1 - p))
    assert np.all(np.abs(snippet.counts - 1000 * p) < 4 * sd)


def test_seeded_draws_repeat():
    rng = np.random.default_rng(0)
    for t in [0.2, 1.0, 2.0]:
        draws = rng.choice(4, size=1000, p=snippet.softmax_with_temperature(snippet.logits, t))
    np.testing.assert_array_equal(np.bincount(draws, minlength=4), snippet.counts)


def test_at_two_the_lowest_score_is_drawn_about_once_in_ten():
    p = snippet.softmax_with_temperature(snippet.logits, 2.0)
    assert 0.05 < p[3] < 0.15 and 50 < snippet.counts[3] < 150
