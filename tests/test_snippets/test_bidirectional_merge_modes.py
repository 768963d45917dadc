"""Claims of docs/architectures: what each merge_mode of Bidirectional does, and its shape."""

import numpy as np
import pytest

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("bidirectional_merge_modes")

H = 3
SHAPES = {"concat": (3, 5, 2 * H), "sum": (3, 5, H), "mul": (3, 5, H), "ave": (3, 5, H)}


def test_none_returns_the_two_directions_unmerged():
    assert len(snippet.merged[None]) == 2
    forward, backward = snippet.merged[None]
    assert tuple(forward.shape) == tuple(backward.shape) == (3, 5, H)
    assert not np.allclose(forward, backward)


@pytest.mark.parametrize("mode", list(SHAPES))
def test_each_mode_has_its_shape_and_rule(mode):
    forward, backward = (np.asarray(t, dtype=np.float64) for t in snippet.merged[None])
    rule = {
        "concat": np.concatenate([forward, backward], axis=-1),
        "sum": forward + backward,
        "mul": forward * backward,
        "ave": (forward + backward) / 2,
    }[mode]
    assert tuple(snippet.merged[mode].shape) == SHAPES[mode]
    np.testing.assert_allclose(snippet.merged[mode], rule, rtol=1e-5, atol=1e-6)


def test_the_two_directions_are_a_forward_and_a_time_reversed_simple_rnn():
    """Rebuild the layer as the snippet does and check both halves against the NumPy recurrence."""
    from tensorflow import keras
    from tensorflow.keras import layers

    x_data = snippet.x_data  # runs the snippet first, if no test has: it draws from the same seed
    keras.utils.set_random_seed(777)
    bi = layers.Bidirectional(layers.SimpleRNN(H, return_sequences=True), merge_mode=None)
    forward, backward = bi(x_data)
    np.testing.assert_array_equal(forward, snippet.merged[None][0])
    x = np.asarray(snippet.x_data)
    np.testing.assert_allclose(forward, simple_rnn_forward(x, *bi.forward_layer.get_weights()), rtol=1e-5, atol=1e-6)
    expected = simple_rnn_forward(x[:, ::-1], *bi.backward_layer.get_weights())[:, ::-1]
    np.testing.assert_allclose(backward, expected, rtol=1e-5, atol=1e-6)


def test_every_mode_has_the_same_forward_and_the_same_backward_weights_which_differ():
    reference = snippet.weights[None]
    for mode, weights in snippet.weights.items():
        assert len(weights) == len(reference) == 6, mode
        for a, b in zip(weights, reference):
            np.testing.assert_array_equal(a, b)
    forward_kernel, backward_kernel = reference[0], reference[3]
    assert forward_kernel.shape == backward_kernel.shape
    assert not np.allclose(forward_kernel, backward_kernel)
