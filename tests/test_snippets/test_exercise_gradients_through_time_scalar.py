"""Claims of docs/gradients-through-time, exercise 1: in h_t = w h_{t-1} + x_t, d(h_T)/d(x_{T-k}) = w**k."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_gradients_through_time_scalar")


def test_the_nudged_run_measures_w_to_the_fiftieth():
    measured = (snippet.last_h(snippet.nudged) - snippet.last_h(snippet.x)) / snippet.nudge
    np.testing.assert_allclose(measured, 0.9**50, rtol=1e-6)
    assert snippet.nudged[snippet.steps - 1 - 50] != snippet.x[snippet.steps - 1 - 50]
    assert np.count_nonzero(snippet.nudged != snippet.x) == 1


def test_the_derivative_by_unrolling_the_sum():
    """h_T = sum_k w**k x_{T-k}: the coefficient of x_{T-k} is w**k, for any inputs."""
    w, x = snippet.w, snippet.x
    np.testing.assert_allclose(snippet.last_h(x), sum(w**k * x[-1 - k] for k in range(len(x))))


def test_below_one_shrinks_above_one_grows():
    assert 0.9**50 < 0.01 and 1.1**50 > 100
