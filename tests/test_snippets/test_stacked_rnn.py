"""Claims of docs/architectures, stacked: (3, 5, 4) -> (3, 5, 6) -> (3, 2); a 2D input is refused."""

import numpy as np
import pytest
from tensorflow.keras import layers

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stacked_rnn")


def test_shapes():
    assert snippet.x_data.shape == (3, 5, 4)
    assert tuple(snippet.first_outputs.shape) == (3, 5, 6)
    assert tuple(snippet.second_outputs.shape) == (3, 2)
    assert tuple(snippet.last_only.shape) == (3, 6)


def test_first_layer_passes_on_every_step():
    expected = simple_rnn_forward(snippet.x_data, *snippet.first_rnn.get_weights())
    np.testing.assert_allclose(snippet.first_outputs, expected, rtol=1e-5, atol=1e-6)


def test_second_layer_reads_the_first_layers_sequence_and_returns_its_last_step():
    hidden = simple_rnn_forward(np.asarray(snippet.x_data), *snippet.first_rnn.get_weights())
    expected = simple_rnn_forward(hidden, *snippet.second_rnn.get_weights())[:, -1]
    np.testing.assert_allclose(snippet.second_outputs, expected, rtol=1e-5, atol=1e-5)


def test_an_rnn_refuses_input_without_a_time_axis():
    with pytest.raises(ValueError, match="expected ndim=3, found ndim=2"):
        layers.SimpleRNN(2)(np.zeros((3, 6), dtype=np.float32))
