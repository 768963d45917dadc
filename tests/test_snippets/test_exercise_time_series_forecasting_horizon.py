"""Claims of docs/time-series-forecasting, exercise 3: a week ahead, targets start at
sequence_length + 6, and 150 days leave 150 - 14 - 6 windows."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_time_series_forecasting_horizon")


def test_each_target_is_seven_days_after_its_windows_last_day():
    np.testing.assert_array_equal(snippet.targets - snippet.inputs[:, -1], 7)
    np.testing.assert_array_equal(snippet.inputs, np.lib.stride_tricks.sliding_window_view(np.arange(150), 14)[:130])


def test_window_count():
    assert len(snippet.targets) == 150 - 14 - 6 == 130
    assert snippet.inputs.shape == (130, 14)
