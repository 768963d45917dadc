"""Claims of docs/gradients-through-time, exploding: a recurrent kernel 4 times larger makes gradients explode."""

import numpy as np
import pytest

from tests.bptt_reference import simple_rnn_gradients
from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exploding_gradients")


@pytest.mark.parametrize("gain", [1.0, 4.0])
def test_recurrent_kernel_is_gain_times_an_orthogonal_matrix(gain):
    recurrent_kernel = snippet.rnns[gain].get_weights()[1]
    np.testing.assert_allclose(recurrent_kernel.T @ recurrent_kernel, gain**2 * np.eye(16), atol=1e-4 * gain**2)


def keras_states(gain: float) -> np.ndarray:
    """Every h_t of the snippet's layer, as Keras computes them in float32."""
    from tensorflow.keras import layers

    rnn = layers.SimpleRNN(16, return_sequences=True)
    rnn.build(snippet.x.shape)
    rnn.set_weights(snippet.rnns[gain].get_weights())
    return np.asarray(rnn(snippet.x))


def test_gain_four_is_chaotic_rounding_alone_changes_the_last_state():
    """The page: computed in float64 instead of float32, the last h of the gain-4 layer is another value.

    The snippet prints the same comparison with its own float64 loop (``h``, its last layer's, gain 4);
    that loop and tests/rnn_reference.py add the same terms in another order, and even they part ways.
    """
    keras_last = keras_states(4.0)[:, -1]
    assert np.abs(snippet.h).max() <= 1 and np.abs(snippet.h - keras_last).max() > 1.0  # the page: 2.0e+00
    for gain, tolerance in [(1.0, 1e-5), (4.0, None)]:
        float64 = simple_rnn_forward(np.asarray(snippet.x), *snippet.rnns[gain].get_weights())[:, -1]
        difference = np.abs(float64 - keras_states(gain)[:, -1]).max()
        assert difference < tolerance if tolerance else difference > 0.5


@pytest.mark.parametrize("gain", [1.0, 4.0])
def test_gradients_match_backpropagation_by_hand(gain):
    """At Keras's own h_t (float64 forward passes part ways from float32 ones at gain 4)."""
    grad_x, grad_weights = simple_rnn_gradients(
        np.asarray(snippet.x), *snippet.rnns[gain].get_weights(), states=keras_states(gain)
    )
    np.testing.assert_allclose(snippet.input_norms[gain], np.linalg.norm(grad_x, axis=-1).mean(axis=0), rtol=2e-3)
    for mine, expected in zip(snippet.weight_grads[gain], grad_weights):
        assert tuple(mine.shape) == expected.shape
        np.testing.assert_allclose(np.linalg.norm(mine), np.linalg.norm(expected), rtol=2e-3)


def test_simple_rnns_default_recurrent_initializer_is_orthogonal_with_gain_one():
    from tensorflow import keras
    from tensorflow.keras import layers

    initializer = layers.SimpleRNN(2).cell.recurrent_initializer
    assert isinstance(initializer, keras.initializers.Orthogonal) and initializer.gain == 1.0


def test_weight_gradients_have_the_weights_shapes():
    assert [tuple(g.shape) for g in snippet.weight_grads[4.0]] == [(8, 16), (16, 16), (16,)]


def test_gain_one_shrinks_and_gain_four_explodes():
    small, large = snippet.input_norms[1.0][::-1], snippet.input_norms[4.0][::-1]
    assert small[99] < 1e-10 < 1e13 < large[99]  # the page: past 1e13 at 99 steps back
    assert all(large[s] > 1e2 for s in (25, 50, 99)) and large[99] > large[50] > large[25]


def test_weight_gradients_grow_by_more_than_ten_orders_of_magnitude():
    for small, large in zip(snippet.weight_grads[1.0], snippet.weight_grads[4.0]):
        assert np.linalg.norm(large) > 1e10 * np.linalg.norm(small)
