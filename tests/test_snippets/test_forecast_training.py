"""Claims of docs/time-series-forecasting, training: the GRU's forecasts on the held-out test stretch
have clearly lower MAE than the naive last-value baseline, both computed again here in NumPy."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("forecast_training")
data = lazy_snippet("forecast_data")


def _naive_test_mae() -> float:
    """The baseline from the raw series alone: day t forecast as day t-1, for days 864 to 999."""
    series = np.asarray(data.series, dtype=np.float64)
    return float(np.abs(series[864:] - series[863:-1]).mean())


def test_same_series_split_and_statistics_as_the_data_snippet():
    np.testing.assert_array_equal(snippet.series, data.series)
    assert (snippet.mean, snippet.std) == (data.mean, data.std)


def test_model_shapes():
    gru, dense = snippet.model.layers
    assert tuple(gru.output.shape) == (None, 16)
    assert tuple(dense.output.shape) == (None, 1)
    assert snippet.forecast.shape == snippet.truth.shape == (136,)


def test_forecasts_are_the_model_on_each_test_window():
    """Windows cut here with NumPy (not the dataset), normalised with the training statistics."""
    z = (np.asarray(data.series[850:], dtype=np.float32) - data.mean) / data.std
    windows = np.lib.stride_tricks.sliding_window_view(z[:-1], 14)[..., np.newaxis]  # (136, 14, 1)
    expected = np.asarray(snippet.model(windows))[:, 0] * data.std + data.mean
    np.testing.assert_allclose(snippet.forecast, expected, rtol=1e-4, atol=1e-4)
    np.testing.assert_array_equal(snippet.truth, data.series[864:])


def test_printed_maes_against_numpy():
    np.testing.assert_allclose(snippet.test_naive_mae, _naive_test_mae(), rtol=1e-5)
    gru_mae = np.abs(np.asarray(snippet.forecast, np.float64) - np.asarray(data.series[864:], np.float64)).mean()
    np.testing.assert_allclose(snippet.test_gru_mae, gru_mae, rtol=1e-5)


def test_the_gru_clearly_beats_the_naive_baseline_on_the_test_stretch():
    """The page: the GRU's error is about half the baseline's (here, between 0.35 and 0.6 of it)."""
    ratio = snippet.test_gru_mae / _naive_test_mae()
    assert 0.35 < ratio < 0.6


def test_twenty_epochs_of_twenty_two_updates():
    assert int(snippet.train_ds.cardinality()) == 22 == -(-686 // 32)
    assert len(snippet.history.history["loss"]) == 20


def test_validation_mae_starts_above_the_validation_baseline_and_ends_far_below_it():
    """The page: above the baseline (1.970) after epoch 1, far below at the end, and not falling steadily."""
    val_mae = np.asarray(snippet.history.history["val_mae"]) * snippet.std
    series = np.asarray(data.series, dtype=np.float64)
    val_naive = np.abs(series[714:850] - series[713:849]).mean()
    assert val_mae[0] > val_naive
    assert val_mae[-1] < 0.6 * val_naive
    assert (np.diff(val_mae) > 0).any()


def test_the_forecast_follows_the_rule_but_is_smoother_than_the_truth():
    """The page: it follows the weekly cycle and the season, not the day's noise."""
    t = np.arange(864, 1000)
    rule = 20 + 0.004 * t + 5 * np.sin(2 * np.pi * t / 365.25) + 3 * np.sin(2 * np.pi * t / 7)
    assert np.corrcoef(snippet.forecast, rule)[0, 1] > 0.95
    assert np.diff(snippet.forecast).std() < np.diff(snippet.truth).std()


def test_the_plot_shows_truth_and_forecast_on_the_test_days():
    truth_line, forecast_line = snippet.ax.get_lines()
    assert (truth_line.get_label(), forecast_line.get_label()) == ("truth", "GRU forecast")
    np.testing.assert_array_equal(truth_line.get_xdata(), np.arange(864, 1000))
    np.testing.assert_array_equal(truth_line.get_ydata(), snippet.truth)
    np.testing.assert_array_equal(forecast_line.get_ydata(), snippet.forecast)
