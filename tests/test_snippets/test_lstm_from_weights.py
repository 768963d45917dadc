"""Claims of docs/lstm-gru-from-weights: LSTM's weights cut into i, f, c, o recompute the layer in NumPy."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.rnn_reference import one_hot
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("lstm_from_weights")
F32 = {"rtol": 1e-5, "atol": 1e-6}


def test_input_is_hello_and_the_weights_have_four_blocks():
    np.testing.assert_array_equal(snippet.x_data[0], one_hot("hello"))
    assert snippet.kernel.shape == (4, 8) and snippet.recurrent_kernel.shape == (2, 8) and snippet.bias.shape == (8,)


def test_the_gates_are_cut_in_keras_order_with_the_shapes_the_page_names():
    assert list(snippet.gates) == ["i", "f", "c", "o"]
    for w, u, b in snippet.gates.values():
        assert (w.shape, u.shape, b.shape) == ((4, 2), (2, 2), (2,))
    # the second block is the forget gate: unit_forget_bias starts exactly it at 1
    np.testing.assert_array_equal(snippet.gates["f"][2], np.ones(2))
    for gate in "ico":
        np.testing.assert_array_equal(snippet.gates[gate][2], np.zeros(2))


def test_one_step_equals_keras_and_the_reference():
    reference, c_1 = lstm_forward(snippet.x_data[:, :1], snippet.kernel, snippet.recurrent_kernel, snippet.bias)
    np.testing.assert_allclose(snippet.h_1, snippet.outputs[:, 0], **F32)
    np.testing.assert_allclose(snippet.h_1, reference[:, 0], **F32)
    np.testing.assert_allclose(snippet.c_1, c_1, **F32)


def test_the_sequence_equals_keras_outputs_and_both_states():
    reference, c_last = lstm_forward(snippet.x_data, snippet.kernel, snippet.recurrent_kernel, snippet.bias)
    assert snippet.numpy_outputs.shape == (1, 5, 2)
    np.testing.assert_allclose(snippet.outputs, reference, **F32)
    np.testing.assert_allclose(snippet.numpy_outputs, snippet.outputs, **F32)
    np.testing.assert_allclose(snippet.numpy_h, snippet.state_h, **F32)
    np.testing.assert_allclose(snippet.numpy_c, snippet.state_c, **F32)
    np.testing.assert_allclose(snippet.state_c, c_last, **F32)
    assert np.max(np.abs(snippet.numpy_outputs - snippet.outputs)) < 1e-6


def test_another_order_is_another_lstm():
    assert np.max(np.abs(snippet.wrong_outputs - snippet.outputs)) > 0.1
