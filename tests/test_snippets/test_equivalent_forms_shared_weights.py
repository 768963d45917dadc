"""Claims of docs/rnn-basics: the two forms differ only by their weights."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("equivalent_forms_shared_weights")


def test_weights_have_the_same_layout():
    cell_shapes = [w.shape for w in snippet.cell_rnn.get_weights()]
    simple_shapes = [w.shape for w in snippet.simple_rnn.get_weights()]
    assert cell_shapes == simple_shapes == [(4, 2), (2, 2), (2,)]


def test_shared_weights_give_identical_outputs_and_states():
    np.testing.assert_array_equal(snippet.cell_outputs, snippet.simple_outputs)
    np.testing.assert_array_equal(snippet.cell_states, snippet.simple_states)


def test_layers_built_one_after_another_draw_different_weights():
    from tensorflow.keras import layers

    first = layers.SimpleRNN(2)
    second = layers.SimpleRNN(2)
    first.build((1, 1, 4))
    second.build((1, 1, 4))
    assert not np.array_equal(first.get_weights()[0], second.get_weights()[0])


def test_both_forms_compute_the_numpy_recurrence():
    weights = snippet.cell_rnn.get_weights()
    expected = simple_rnn_forward(snippet.x_data, *weights)
    np.testing.assert_allclose(snippet.cell_outputs, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.simple_outputs, expected, rtol=1e-5, atol=1e-6)
