"""Claims of docs/time-series-forecasting, exercise 1: a stretch of N days gives N - sequence_length
windows, in batches of 32 and one smaller batch for the rest."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_time_series_forecasting_windows")


def test_the_last_loop_counted_four_week_windows():
    """The loop ends on sequence_length 28: 150 - 28 windows, 3 full batches and 26 left over."""
    assert snippet.sequence_length == 28
    assert snippet.batch_sizes == [32, 32, 32, 150 - 28 - 3 * 32]


def test_two_week_windows_are_the_lessons_136_test_windows():
    data = lazy_snippet("forecast_data")
    assert data.counts[2] == 150 - 14 == 136 == 4 * 32 + 8


def test_the_first_window_ends_the_day_before_its_target():
    np.testing.assert_array_equal(np.asarray(snippet.first_inputs)[0], np.arange(28))
    assert int(snippet.first_targets[0]) == 28
