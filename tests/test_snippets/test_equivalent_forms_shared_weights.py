"""Claims of docs/rnn-basics: the two forms differ only by their weights."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("equivalent_forms_shared_weights")


def test_weights_have_the_same_layout():
    cell_shapes = [w.shape for w in snippet.cell_rnn.get_weights()]
    simple_shapes = [w.shape for w in snippet.simple_weights_before]
    assert cell_shapes == simple_shapes == [(4, 2), (2, 2), (2,)]


def test_before_the_copy_each_layer_had_drawn_its_own_weights_and_outputs_differed():
    """The snippet's own first print: different kernels, different outputs."""
    assert snippet.same_kernel is False
    for mine, theirs in zip(snippet.simple_weights_before[:2], snippet.cell_rnn.get_weights()[:2]):
        assert not np.allclose(mine, theirs)
    assert not np.allclose(snippet.simple_outputs_before, snippet.cell_outputs, atol=1e-3)


def test_before_the_copy_simple_rnn_computed_the_recurrence_with_its_own_weights():
    """So the difference came from the weights, not from the computation."""
    expected = simple_rnn_forward(snippet.x_data, *snippet.simple_weights_before)
    np.testing.assert_allclose(snippet.simple_outputs_before, expected, rtol=1e-5, atol=1e-6)


def test_shared_weights_give_identical_outputs_and_states():
    for copied, original in zip(snippet.simple_rnn.get_weights(), snippet.cell_rnn.get_weights(), strict=True):
        np.testing.assert_array_equal(copied, original)
    np.testing.assert_array_equal(snippet.cell_outputs, snippet.simple_outputs)
    np.testing.assert_array_equal(snippet.cell_states, snippet.simple_states)


def test_both_forms_compute_the_numpy_recurrence():
    weights = snippet.cell_rnn.get_weights()
    expected = simple_rnn_forward(snippet.x_data, *weights)
    np.testing.assert_allclose(snippet.cell_outputs, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.simple_outputs, expected, rtol=1e-5, atol=1e-6)
