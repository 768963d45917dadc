"""Claims of docs/long-range-memory, the data: the adding problem's rule, shapes and baseline."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("adding_problem_data")


def test_shapes():
    assert snippet.x.shape == (1000, 10, 2) and snippet.x.dtype == np.float32
    assert snippet.y.shape == (1000,)


def test_two_markers_one_in_each_half_and_the_target_is_their_sum():
    values, markers = snippet.x[..., 0], snippet.x[..., 1]
    np.testing.assert_array_equal(markers.sum(axis=1), 2)
    np.testing.assert_array_equal(markers[:, :5].sum(axis=1), 1)  # first half
    np.testing.assert_array_equal(markers[:, 5:].sum(axis=1), 1)  # second half
    np.testing.assert_array_equal(markers[np.arange(1000), snippet.first], 1)
    np.testing.assert_allclose(snippet.y, (values * markers).sum(axis=1), rtol=1e-6)
    assert values.min() >= 0 and values.max() < 1


def test_the_shown_target_adds_the_two_marked_values():
    """The page reads the printed first sequence: markers at steps 4 and 6, target 0.30 + 0.01."""
    np.testing.assert_array_equal(np.flatnonzero(snippet.x[0, :, 1]), [4, 6])
    marked = snippet.x[0, snippet.x[0, :, 1] == 1, 0]
    np.testing.assert_allclose(marked, [0.30, 0.01], atol=0.005)
    np.testing.assert_allclose(snippet.y[0], marked.sum(), rtol=1e-6)


def test_baseline_is_the_variance_of_a_sum_of_two_uniform_values():
    """Var(U) = 1/12 for U uniform on [0, 1), so two independent ones: 1/6; the mean target is 1."""
    np.testing.assert_allclose(snippet.baseline_mse, np.mean((snippet.y - 1.0) ** 2))
    assert abs(snippet.baseline_mse - 1 / 6) < 0.02
    assert abs(snippet.y.mean() - 1.0) < 0.05
    # 1.0 is the best constant: any other c adds (c - mean)^2
    assert all(np.mean((snippet.y - c) ** 2) > snippet.baseline_mse for c in [0.9, 1.1])
