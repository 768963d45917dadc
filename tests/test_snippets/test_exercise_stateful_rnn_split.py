"""Exercise of docs/stateful-rnn: row i of each batch continues row i of the batch before."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_stateful_rnn_split")


def test_shapes():
    assert snippet.streams.shape == (2, 12)
    assert len(snippet.batches) == 3
    assert all(b.shape == (2, 4) for b in snippet.batches)


def test_each_row_read_across_the_batches_is_one_unbroken_part_of_the_series():
    for i in range(2):
        row = np.concatenate([b[i] for b in snippet.batches])
        np.testing.assert_array_equal(row, np.arange(12 * i, 12 * (i + 1)))


def test_nothing_is_lost_or_repeated():
    np.testing.assert_array_equal(np.sort(np.concatenate([b.ravel() for b in snippet.batches])), snippet.series)
