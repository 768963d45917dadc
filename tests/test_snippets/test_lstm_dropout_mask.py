"""Claims of docs/lstm-and-gru: dropout draws one mask per sequence and uses it at every time step."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("lstm_dropout_mask")


def test_two_copies_of_hello():
    assert snippet.x_data.shape == (2, 5, 4)
    np.testing.assert_array_equal(snippet.x_data[0], snippet.x_data[1])
    assert snippet.lstm.dropout == 0.5 and snippet.lstm.recurrent_dropout == 0.0


def test_one_fixed_mask_reproduces_every_step_of_each_sequence():
    weights = snippet.lstm.get_weights()
    for row, mask in enumerate(snippet.found):
        assert set(mask.tolist()) <= {0.0, 2.0}  # dropped, or kept and scaled by 1 / (1 - 0.5)
        hs, _ = lstm_forward(snippet.x_data[row : row + 1] * mask, *weights)
        np.testing.assert_allclose(snippet.trained[row], hs[0], rtol=1e-5, atol=1e-6)


def test_the_mask_is_the_only_one_that_fits_and_each_sequence_has_its_own():
    weights = snippet.lstm.get_weights()
    for row, mask in enumerate(snippet.found):
        fits = [
            np.allclose(
                lstm_forward(snippet.x_data[row : row + 1] * m, *weights)[0][0], snippet.trained[row], atol=1e-6
            )
            for m in snippet.masks
        ]
        assert sum(fits) == 1 and fits[[tuple(m) for m in snippet.masks].index(tuple(mask))]
    assert not np.array_equal(snippet.found[0], snippet.found[1])  # same input, different masks


def test_no_mask_is_the_same_as_inference():
    assert not np.allclose(snippet.trained, snippet.lstm(snippet.x_data, training=False))
