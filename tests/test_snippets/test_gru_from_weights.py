"""Claims of docs/lstm-gru-from-weights: GRU's weights cut into z, r, h and two bias rows recompute the layer."""

import numpy as np

from tests.gated_reference import gru_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("gru_from_weights")
F32 = {"rtol": 1e-5, "atol": 1e-6}


def test_reset_after_is_the_default_and_gives_two_bias_rows():
    from tensorflow.keras import layers

    assert layers.GRU(2).reset_after is True and snippet.gru.reset_after is True
    assert snippet.kernel.shape == (4, 6) and snippet.recurrent_kernel.shape == (2, 6)
    assert snippet.bias.shape == (2, 6)
    np.testing.assert_array_equal(snippet.input_bias, snippet.bias[0])
    np.testing.assert_array_equal(snippet.recurrent_bias, snippet.bias[1])


def test_the_layer_runs_on_the_random_biases():
    np.testing.assert_array_equal(snippet.gru.get_weights()[2], snippet.bias)
    assert np.all(snippet.bias != 0)


def test_blocks_in_keras_order():
    assert list(snippet.gates) == ["z", "r", "h"]
    for k, (w, u, b, b_rec) in enumerate(snippet.gates.values()):
        cols = slice(2 * k, 2 * k + 2)
        np.testing.assert_array_equal(w, snippet.kernel[:, cols])
        np.testing.assert_array_equal(u, snippet.recurrent_kernel[:, cols])
        np.testing.assert_array_equal(b, snippet.bias[0, cols])
        np.testing.assert_array_equal(b_rec, snippet.bias[1, cols])


def test_one_step_and_the_sequence_equal_keras_and_the_reference():
    reference = gru_forward(snippet.x_data, snippet.kernel, snippet.recurrent_kernel, snippet.bias)
    np.testing.assert_allclose(snippet.outputs, reference, **F32)
    np.testing.assert_allclose(snippet.h_1, snippet.outputs[:, 0], **F32)
    np.testing.assert_allclose(snippet.numpy_outputs, snippet.outputs, **F32)
    np.testing.assert_allclose(snippet.numpy_outputs[:, -1], snippet.states, **F32)
    assert np.max(np.abs(snippet.numpy_outputs - snippet.outputs)) < 1e-6


def test_another_order_or_swapped_bias_rows_is_another_gru():
    swapped = gru_forward(snippet.x_data, snippet.kernel, snippet.recurrent_kernel, snippet.bias[::-1])
    np.testing.assert_allclose(snippet.swapped_outputs, swapped, **F32)
    assert np.max(np.abs(snippet.swapped_outputs - snippet.outputs)) > 0.01
    assert np.max(np.abs(snippet.wrong_outputs - snippet.outputs)) > 0.1
