"""Claims of docs/inside-the-cell: the NumPy loop over "hello" reproduces SimpleRNN's outputs."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

hello_sequence_rnn = lazy_snippet("hello_sequence_rnn")
snippet = lazy_snippet("inside_the_cell_numpy")


def test_input_is_hello():
    np.testing.assert_array_equal(snippet.x_data[0], one_hot("hello"))


def test_shapes():
    assert tuple(snippet.outputs.shape) == (1, 5, 2)
    assert snippet.numpy_outputs.shape == (1, 5, 2)
    assert [s.shape for s in snippet.steps] == [(1, 2)] * 5


def test_the_snippets_loop_matches_keras():
    np.testing.assert_allclose(snippet.numpy_outputs, snippet.outputs, rtol=1e-5, atol=1e-6)
    assert np.max(np.abs(snippet.numpy_outputs - snippet.outputs)) < 1e-6


def test_independent_reference_matches_keras_and_the_snippet():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.numpy_outputs, expected, rtol=1e-5, atol=1e-6)


def test_first_step_is_tanh_of_kernel_row_h_plus_bias():
    # h_0 = 0 and x_1 is the one-hot h, so x_1 . kernel picks kernel's first row
    np.testing.assert_allclose(snippet.outputs[0, 0], np.tanh(snippet.kernel[0] + snippet.bias), rtol=1e-5, atol=1e-6)


def test_last_hidden_state_is_states():
    np.testing.assert_allclose(snippet.h_t, snippet.states, rtol=1e-5, atol=1e-6)


def test_same_seed_same_numbers_as_the_rnn_basics_page():
    np.testing.assert_array_equal(snippet.outputs, hello_sequence_rnn.outputs)


def test_the_bias_is_zero_so_the_order_of_additions_cannot_matter_here():
    """Keras's SimpleRNNCell adds (x_t . kernel + bias) + h . recurrent_kernel; the snippet adds the bias last.

    With a zero bias both orders are the same float32 sum, so the difference the page shows is not theirs.
    """
    kernel, recurrent_kernel, bias = (np.asarray(w) for w in snippet.rnn.get_weights())
    assert not bias.any()
    h = np.zeros((1, 2), dtype=np.float32)
    for t in range(5):
        x_t = snippet.x_data[:, t, :]
        snippet_order = x_t @ kernel + h @ recurrent_kernel + bias
        keras_order = (x_t @ kernel + bias) + h @ recurrent_kernel
        np.testing.assert_array_equal(snippet_order, keras_order)
        h = np.tanh(keras_order)
    # NumPy's tanh in Keras's order leaves the same difference as the snippet's loop
    np.testing.assert_array_equal(h, snippet.numpy_outputs[:, -1])


def test_with_tensorflows_tanh_the_loop_gives_kerass_numbers_exactly():
    """The page: the difference comes from np.tanh against TensorFlow's tanh; with ops.tanh it is 0.0."""
    from tensorflow.keras import ops

    kernel, recurrent_kernel, bias = (np.asarray(w) for w in snippet.rnn.get_weights())
    h = np.zeros((1, 2), dtype=np.float32)
    steps = []
    for t in range(5):
        h = np.asarray(ops.tanh((snippet.x_data[:, t, :] @ kernel + bias) + h @ recurrent_kernel))
        steps.append(h)
    np.testing.assert_array_equal(np.stack(steps, axis=1), snippet.outputs)
    np.testing.assert_array_equal(snippet.tf_tanh_outputs, snippet.outputs)
