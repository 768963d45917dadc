"""Claims of docs/time-series-forecasting, the tiny example: what timeseries_dataset_from_array does with
sequence_length, a targets array that starts sequence_length later, and batch_size."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("timeseries_windows")


def test_shapes_of_the_two_batches():
    shapes = [(inputs.shape, targets.shape) for inputs, targets in snippet.batches]
    assert shapes == [((4, 3), (4,)), ((3, 3), (3,))]


def test_every_window_is_a_slice_and_its_target_the_next_value():
    """Against NumPy's own sliding windows: window i is series[i:i+3], its target series[i+3]."""
    series = np.arange(10)
    inputs = np.concatenate([x for x, _ in snippet.batches])
    targets = np.concatenate([y for _, y in snippet.batches])
    all_windows = np.lib.stride_tricks.sliding_window_view(series, 3)  # 8 windows, [0 1 2] ... [7 8 9]
    np.testing.assert_array_equal(inputs, all_windows[:7])
    np.testing.assert_array_equal(targets, series[3:])


def test_the_last_window_is_dropped_because_it_has_no_target():
    """The page: [7 8 9] would need day 10, which the series does not have."""
    inputs = np.concatenate([x for x, _ in snippet.batches])
    assert len(inputs) == 7 == len(np.arange(10)) - 3
    assert not any((window == [7, 8, 9]).all() for window in inputs)


def test_windows_keep_their_time_order_without_shuffle():
    firsts = np.concatenate([x[:, 0] for x, _ in snippet.batches])
    np.testing.assert_array_equal(firsts, np.arange(7))
