"""Exercise on docs/lstm-gru-from-weights: reset_after=True weights do not make a reset_after=False GRU."""

import numpy as np
import pytest

from tests.gated_reference import gru_forward, gru_reset_before_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_lstm_gru_from_weights_port_gru")


def test_set_weights_refuses_the_two_row_bias():
    from tensorflow.keras import layers

    before = layers.GRU(3, reset_after=False)
    before.build(snippet.x.shape)
    with pytest.raises(ValueError):
        before.set_weights(snippet.after.get_weights())
    assert snippet.bias.shape == (2, 9) and tuple(snippet.before.weights[2].shape) == (9,)


def test_rows_added_give_another_gru():
    k, rk = snippet.kernel, snippet.recurrent_kernel
    after = gru_forward(snippet.x, k, rk, snippet.bias)[:, -1]
    before = gru_reset_before_forward(snippet.x, k, rk, snippet.bias.sum(axis=0))[:, -1]
    np.testing.assert_allclose(snippet.after(snippet.x), after, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(snippet.before(snippet.x), before, rtol=1e-5, atol=1e-5)
    assert abs(snippet.difference - np.max(np.abs(after - before))) < 1e-5
    assert snippet.difference > 0.01
