"""Claims of docs/stateful-rnn: a loss on one chunk has no gradient to the chunk before (truncated BPTT)."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stateful_truncated_gradients")


def test_chunks_are_the_two_halves():
    np.testing.assert_array_equal(np.concatenate([snippet.first, snippet.second], axis=1), snippet.x_long)
    assert tuple(snippet.first.shape) == tuple(snippet.second.shape) == (2, 4, 3)


def test_the_kept_state_carried_chunk_1_into_chunk_2():
    whole = simple_rnn_forward(snippet.x_long, *snippet.rnn.get_weights())[:, -1]
    np.testing.assert_allclose(snippet.rnn.states[0], whole, rtol=1e-5, atol=1e-6)


def test_the_one_call_gradient_covers_every_step():
    assert tuple(snippet.gradient.shape) == (2, 8, 3)


def test_one_call_has_a_gradient_at_the_early_steps_matching_finite_differences():
    """The whole-sequence gradient reaches steps 0-3; checked against a NumPy finite difference."""
    weights = snippet.whole_rnn.get_weights()
    x = np.asarray(snippet.x_long, dtype=np.float64)

    def loss(inputs):
        return float((simple_rnn_forward(inputs, *weights)[:, -1] ** 2).sum())

    eps = 1e-4
    bumped = x.copy()
    bumped[0, 1, 2] += eps
    lowered = x.copy()
    lowered[0, 1, 2] -= eps
    numeric = (loss(bumped) - loss(lowered)) / (2 * eps)
    assert abs(float(snippet.gradient[0, 1, 2]) - numeric) < 1e-3
    assert float(np.abs(np.asarray(snippet.gradient)[:, :4]).max()) > 0.01


def test_the_stateful_chunk_gradient_is_none_for_chunk_1():
    import tensorflow as tf
    from tensorflow import keras
    from tensorflow.keras import layers

    rnn = layers.SimpleRNN(4, stateful=True)
    model = keras.Sequential([keras.Input(batch_shape=(2, None, 3)), rnn])
    rnn.set_weights(snippet.rnn.get_weights())
    first, second = tf.constant(snippet.x_long[:, :4]), tf.constant(snippet.x_long[:, 4:])
    with tf.GradientTape(persistent=True) as tape:
        tape.watch([first, second])
        model(first)
        loss = tf.reduce_sum(model(second) ** 2)
    assert tape.gradient(loss, first) is None
    assert float(tf.reduce_max(tf.abs(tape.gradient(loss, second)))) > 0
