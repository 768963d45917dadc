"""Claims of docs/rnn-basics, one cell: (1, 1, 4) -> outputs (1, 1, 2), states (1, 2)."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("one_cell_rnn")


def test_shapes():
    assert snippet.x_data.shape == (1, 1, 4)
    assert tuple(snippet.outputs.shape) == (1, 1, 2)
    assert tuple(snippet.states.shape) == (1, 2)


def test_one_step_means_states_equal_the_only_output():
    np.testing.assert_array_equal(snippet.states, snippet.outputs[:, -1])


def test_numpy_recurrence_from_the_layers_weights_matches():
    kernel, recurrent_kernel, bias = snippet.rnn.get_weights()
    expected = simple_rnn_forward(snippet.x_data, kernel, recurrent_kernel, bias)
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)
