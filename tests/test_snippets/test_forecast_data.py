"""Claims of docs/time-series-forecasting, the data: the series follows the stated rule, the split is by
time, the statistics are the training stretch's, and the windows are 14 days with the next day as target."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("forecast_data")


def _rule() -> np.ndarray:
    """The series as the page states it, computed here without the snippet."""
    t = np.arange(1000)
    noise = np.random.default_rng(0).normal(0, 1, 1000)
    value = 20 + 0.004 * t + 5 * np.sin(2 * np.pi * t / 365.25) + 3 * np.sin(2 * np.pi * t / 7) + noise
    return value.astype(np.float32)


def _batches(dataset):
    inputs, targets = zip(*((x.numpy(), y.numpy()) for x, y in dataset))
    return np.concatenate(inputs), np.concatenate(targets)


def _normalised(part):
    return (part - snippet.mean) / snippet.std


def test_the_series_follows_the_rule_on_the_page():
    np.testing.assert_array_equal(snippet.series, _rule())


def test_the_split_is_by_time_in_three_consecutive_stretches():
    assert (len(snippet.train), len(snippet.val), len(snippet.test)) == (700, 150, 150)
    np.testing.assert_array_equal(np.concatenate([snippet.train, snippet.val, snippet.test]), _rule())


def test_mean_and_std_are_those_of_the_training_stretch_only():
    series = _rule()
    np.testing.assert_allclose(snippet.mean, series[:700].mean(), rtol=1e-6)
    np.testing.assert_allclose(snippet.std, series[:700].std(), rtol=1e-6)
    assert abs(series.mean() - series[:700].mean()) > 0.1  # the whole series would give another mean


def test_window_counts_are_each_stretch_minus_the_window():
    assert snippet.counts == [700 - 14, 150 - 14, 150 - 14] == [686, 136, 136]


def test_one_training_batch_has_the_shapes_on_the_page():
    assert tuple(snippet.inputs.shape) == (32, 14, 1)
    assert tuple(snippet.targets.shape) == (32, 1)


def test_test_windows_are_in_time_order_with_the_next_day_as_target():
    inputs, targets = _batches(snippet.test_ds)
    z = _normalised(_rule()[850:])
    np.testing.assert_allclose(inputs[..., 0], np.lib.stride_tricks.sliding_window_view(z[:-1], 14), rtol=1e-6)
    np.testing.assert_allclose(targets[:, 0], z[14:], rtol=1e-6)


def test_training_windows_are_shuffled_but_only_among_the_training_stretch():
    """Every training window with its target is 15 consecutive training days, each window once,
    and not in time order (the page: shuffled inside the training stretch)."""
    inputs, targets = _batches(snippet.train_ds)
    shown = np.concatenate([inputs[..., 0], targets], axis=1)  # (686, 15)
    expected = np.lib.stride_tricks.sliding_window_view(_normalised(_rule()[:700]), 15)
    order = np.lexsort(shown.T[::-1])
    np.testing.assert_allclose(shown[order], expected[np.lexsort(expected.T[::-1])], rtol=1e-6)
    assert not np.allclose(shown, expected)


def test_the_plot_shows_the_three_stretches_on_their_days():
    lines = snippet.ax.get_lines()
    assert [line.get_label() for line in lines] == ["train", "validation", "test"]
    for line, part, start in zip(lines, [snippet.train, snippet.val, snippet.test], [0, 700, 850]):
        np.testing.assert_array_equal(line.get_xdata(), np.arange(start, start + len(part)))
        np.testing.assert_array_equal(line.get_ydata(), part)
