"""Exercise on docs/lstm-gru-from-weights: the fourth block (columns 3*units:4*units) is the output gate."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_lstm_gru_from_weights_output_gate")


def _h_is_tanh_c(k: int) -> bool:
    units = snippet.units
    bias = snippet.bias.copy()
    bias[k * units : (k + 1) * units] = 100.0
    hs, c = lstm_forward(snippet.x, snippet.kernel, snippet.recurrent_kernel, bias)
    return bool(np.allclose(hs[:, -1], np.tanh(c), atol=1e-6))


def test_only_the_last_block_holds_h_at_tanh_c():
    assert [_h_is_tanh_c(k) for k in range(4)] == [False, False, False, True]
    assert snippet.kernel.shape == (5, 12)


def test_the_snippets_last_run_is_keras_with_the_output_gate_held():
    held = snippet.lstm.get_weights()[2]
    np.testing.assert_array_equal(held[9:12], 100.0)
    np.testing.assert_allclose(snippet.state_h, np.tanh(snippet.state_c), atol=1e-6)
    hs, c = lstm_forward(snippet.x, snippet.kernel, snippet.recurrent_kernel, held)
    np.testing.assert_allclose(snippet.state_c, c, rtol=1e-5, atol=1e-5)
