"""Claims of docs/long-range-memory, GRU: it learns the adding problem at every length, 25 included.

Why the claims hold for the seed, not by luck: with this budget (2000 sequences, 12 epochs, Adam 0.02,
32 units) the GRU leaves the baseline within the first four epochs: at length 25 for this seed, and at the
harder length 30 with 14 epochs for seeds 20-22 tried while writing the page (test MSE 0.0004 or less).
The threshold below (0.1 times the baseline) is met with a wide margin.
"""

from tests import adding_problem_checks as checks
from tests.gated_reference import gru_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("long_range_gru")


def _last_h(x, kernel, recurrent_kernel, bias):
    return gru_forward(x, kernel, recurrent_kernel, bias)[:, -1]


def test_data_follows_the_rule():
    checks.check_data_follows_the_rule(snippet)


def test_baseline():
    checks.check_baseline(snippet)


def test_shapes():
    checks.check_shapes(snippet)


def test_test_mse_against_numpy():
    checks.check_test_mse_against_numpy(snippet, _last_h)


def test_slopes_by_nudging_the_marked_values():
    checks.check_slopes_by_nudging(snippet, _last_h)


def test_plot():
    checks.check_plot(snippet)


def test_every_length_is_learned():
    assert snippet.lengths == [5, 15, 25]
    for length in snippet.lengths:
        assert snippet.test_mse[length] < 0.01  # the page: below 0.01, far below the baseline 0.167


def test_at_length_25_the_loss_is_below_a_tenth_by_the_fourth_epoch():
    """The page: below 0.1 already in the fourth epoch (the LSTM needs about nine, see its test)."""
    assert snippet.histories[25][3] < 0.1 < snippet.histories[25][0]


def test_at_length_25_the_prediction_follows_both_values():
    """A model that adds the two values moves its prediction one for one with each (slope 1)."""
    for slope in snippet.slopes[25]:
        assert 0.8 < slope < 1.2
