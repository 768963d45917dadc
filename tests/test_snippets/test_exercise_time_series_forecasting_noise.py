"""Claims of docs/time-series-forecasting, exercise 2: the rule itself, without the noise, forecasts the
test days with an MAE near E|noise|; the GRU comes close to it, the naive baseline does not."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_time_series_forecasting_noise")


def test_same_series_as_the_lesson():
    data = lazy_snippet("forecast_data")
    np.testing.assert_array_equal(snippet.series, data.series)


def test_the_rules_error_is_the_mean_absolute_noise_of_the_test_days():
    np.testing.assert_allclose(snippet.rule_mae, np.abs(snippet.noise[864:]).mean(), rtol=1e-5)
    assert abs(snippet.rule_mae - np.sqrt(2 / np.pi)) < 0.1  # 136 draws of |N(0, 1)|, mean 0.798


def test_the_naive_baseline_is_the_training_snippets():
    training = lazy_snippet("forecast_training")
    np.testing.assert_allclose(snippet.naive_mae, training.test_naive_mae, rtol=1e-5)


def test_the_gru_lands_between_the_rule_and_the_baseline_closer_to_the_rule():
    """The page: the GRU's MAE is a little above the rule's and far below the baseline's."""
    gru = lazy_snippet("forecast_training").test_gru_mae
    assert snippet.rule_mae < gru < snippet.naive_mae
    assert gru - snippet.rule_mae < (snippet.naive_mae - snippet.rule_mae) / 3
