"""Claims of docs/lstm-gru-from-weights: reset_after=False has one bias row and applies r before U_h."""

import numpy as np

from tests.gated_reference import gru_forward, gru_reset_before_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("gru_reset_after_false")
F32 = {"rtol": 1e-5, "atol": 1e-6}


def test_one_bias_row():
    assert snippet.gru.reset_after is False
    assert snippet.bias.shape == (6,) and snippet.kernel.shape == (4, 6) and snippet.recurrent_kernel.shape == (2, 6)
    np.testing.assert_array_equal(snippet.gru.get_weights()[2], snippet.bias)


def test_reset_before_the_product_is_this_layer():
    reference = gru_reset_before_forward(snippet.x_data, snippet.kernel, snippet.recurrent_kernel, snippet.bias)
    np.testing.assert_allclose(snippet.outputs, reference, **F32)
    np.testing.assert_allclose(snippet.reset_before, snippet.outputs, **F32)


def test_reset_after_the_product_is_not():
    zero_recurrent_bias = np.stack([snippet.bias, np.zeros_like(snippet.bias)])
    other = gru_forward(snippet.x_data, snippet.kernel, snippet.recurrent_kernel, zero_recurrent_bias)
    np.testing.assert_allclose(snippet.reset_after, other, **F32)
    assert np.max(np.abs(snippet.reset_after - snippet.outputs)) > 1e-3
