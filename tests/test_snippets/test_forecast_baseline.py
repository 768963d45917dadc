"""Claims of docs/time-series-forecasting, the baseline: the last value of each window as the forecast,
its MAE on the validation and test stretches computed again in NumPy from the series itself."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("forecast_baseline")


def _naive_mae(part: np.ndarray, window: int = 14) -> float:
    """Mean |x[t] - x[t-1]| over the days that have a full window before them."""
    part = part.astype(np.float64)
    return float(np.abs(part[window:] - part[window - 1 : -1]).mean())


def test_the_forecast_is_the_last_day_of_each_window():
    assert tuple(snippet.inputs.shape) == (32, 14, 1) and tuple(snippet.forecast.shape) == (32, 1)
    z = (snippet.test - snippet.mean) / snippet.std
    np.testing.assert_allclose(np.asarray(snippet.forecast)[:, 0], z[13:45], rtol=1e-6)
    np.testing.assert_allclose(np.asarray(snippet.targets)[:, 0], z[14:46], rtol=1e-6)


def test_the_first_forecast_is_for_day_864():
    assert snippet.first_target_day == 864


def test_naive_mae_on_validation_and_test_in_numpy():
    np.testing.assert_allclose(snippet.val_naive_mae, _naive_mae(snippet.series[700:850]), rtol=1e-5)
    np.testing.assert_allclose(snippet.test_naive_mae, _naive_mae(snippet.series[850:]), rtol=1e-5)
