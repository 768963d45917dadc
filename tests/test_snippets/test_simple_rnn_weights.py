"""Claims of docs/inside-the-cell: SimpleRNN(2) on 4-dim input has kernel (4, 2), recurrent kernel (2, 2), bias (2,), 14 parameters."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("simple_rnn_weights")


def test_weight_shapes_in_get_weights_order():
    assert snippet.kernel.shape == (4, 2)  # (input_dimension, hidden_size)
    assert snippet.recurrent_kernel.shape == (2, 2)  # (hidden_size, hidden_size)
    assert snippet.bias.shape == (2,)  # (hidden_size,)
    names = [w.name for w in snippet.rnn.weights]
    assert names == ["kernel", "recurrent_kernel", "bias"]


def test_param_count_is_the_sum_of_the_weight_sizes():
    assert snippet.rnn.count_params() == 4 * 2 + 2 * 2 + 2 == 14
    assert snippet.rnn.count_params() == sum(w.size for w in snippet.rnn.get_weights())


def test_bias_starts_at_zero_and_recurrent_kernel_is_orthogonal():
    np.testing.assert_array_equal(snippet.bias, np.zeros(2))
    u = snippet.recurrent_kernel
    np.testing.assert_allclose(u.T @ u, np.eye(2), atol=1e-6)


def test_a_longer_sequence_does_not_add_parameters():
    from tensorflow.keras import layers

    longer = layers.SimpleRNN(2)
    longer.build((1, 50, 4))
    assert longer.count_params() == snippet.rnn.count_params()


def test_same_seed_same_kernel_as_the_numpy_page_snippet():
    import inside_the_cell_numpy

    for ours, theirs in zip(snippet.rnn.get_weights(), inside_the_cell_numpy.rnn.get_weights(), strict=True):
        np.testing.assert_array_equal(ours, theirs)
