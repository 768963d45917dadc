"""Claims of docs/long-range-memory, exercise 1: remembering only the near value halves the baseline's MSE."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_long_range_memory_half")


def test_near_value_plus_half_scores_the_variance_of_one_value():
    """y - (v2 + 0.5) = v1 - 0.5, whose mean square is Var(v1) = 1/12, half of 2/12."""
    error = snippet.y - snippet.near_only
    np.testing.assert_allclose(error, snippet.first_value - 0.5, atol=1e-12)
    assert abs(np.mean(error**2) - 1 / 12) < 0.002
    assert abs(np.mean((snippet.y - 1.0) ** 2) - 1 / 6) < 0.003


def test_half_is_the_best_constant_for_the_far_value():
    scores = {c: np.mean((snippet.y - snippet.second_value - c) ** 2) for c in [0.4, 0.5, 0.6]}
    assert min(scores, key=scores.get) == 0.5
