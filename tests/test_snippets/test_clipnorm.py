"""Claims of docs/gradients-through-time, clipnorm: each gradient is shortened to norm 1; global_clipnorm scales all."""

import numpy as np

from tests.bptt_reference import simple_rnn_gradients
from tests.keras_versions import requires_keras
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("clipnorm")


def _applied(option: str) -> list[np.ndarray]:
    """Rerun the snippet's step with one option, from its weights before: (before - after) / learning rate."""
    from tensorflow import keras

    snippet.rnn.set_weights(snippet.before)
    optimizer = keras.optimizers.SGD(learning_rate=snippet.learning_rate, **{option: 1.0})
    optimizer.apply_gradients(zip(snippet.grads, snippet.rnn.trainable_weights))
    return [(b - a) / snippet.learning_rate for b, a in zip(snippet.before, snippet.rnn.get_weights())]


def test_the_gradients_explode_and_match_backpropagation_by_hand():
    from tensorflow.keras import layers

    rnn = layers.SimpleRNN(16, return_sequences=True)  # Keras's own h_t: the recurrence is chaotic
    rnn.build(snippet.x.shape)
    rnn.set_weights(snippet.before)
    expected = simple_rnn_gradients(np.asarray(snippet.x), *snippet.before, states=rnn(snippet.x))[1]
    for mine, theirs in zip(snippet.grads, expected):
        np.testing.assert_allclose(np.linalg.norm(mine), np.linalg.norm(theirs), rtol=2e-3)
        assert np.linalg.norm(mine) > 1e10


def test_clipnorm_shortens_each_gradient_to_norm_one_keeping_its_direction():
    for applied, grad in zip(_applied("clipnorm"), snippet.grads):
        grad = np.asarray(grad, dtype=np.float64)
        np.testing.assert_allclose(applied, grad / np.linalg.norm(grad), rtol=1e-3, atol=2e-5)
        np.testing.assert_allclose(np.linalg.norm(applied), 1.0, rtol=1e-4)


def test_global_clipnorm_scales_all_gradients_by_one_factor():
    grads = [np.asarray(g, dtype=np.float64) for g in snippet.grads]
    global_norm = np.sqrt(sum(np.sum(g**2) for g in grads))
    applied = _applied("global_clipnorm")
    for step, grad in zip(applied, grads):
        np.testing.assert_allclose(step, grad / global_norm, rtol=1e-3, atol=2e-5)
    np.testing.assert_allclose(np.sqrt(sum(np.sum(s**2) for s in applied)), 1.0, rtol=1e-4)


def test_clipnorm_alone_lets_the_total_reach_sqrt_three():
    applied = _applied("clipnorm")
    np.testing.assert_allclose(np.sqrt(sum(np.sum(s**2) for s in applied)), np.sqrt(3), rtol=1e-4)


def test_a_gradient_shorter_than_the_limit_is_left_alone():
    from tensorflow import keras

    variable = keras.Variable(np.zeros(2, dtype=np.float32))
    keras.optimizers.SGD(learning_rate=1.0, clipnorm=1.0).apply_gradients(
        [(np.array([0.3, 0.4], np.float32), variable)]
    )
    np.testing.assert_allclose(variable.numpy(), [-0.3, -0.4], rtol=1e-6)


def test_under_global_clipnorm_the_kernel_which_had_the_largest_gradient_gets_the_largest_share():
    applied = [np.linalg.norm(s) for s in _applied("global_clipnorm")]
    original = [np.linalg.norm(g) for g in snippet.grads]
    assert snippet.names[int(np.argmax(applied))] == snippet.names[int(np.argmax(original))] == "kernel"


def test_other_optimizers_take_clipnorm_too():
    """Adam clips the same way before its own update (the shared base optimizer's _clip_gradients)."""
    from tensorflow import keras

    optimizer = keras.optimizers.Adam(clipnorm=1.0)
    assert optimizer.clipnorm == 1.0
    (clipped,) = optimizer._clip_gradients([np.array([300.0, 400.0], np.float32)])
    np.testing.assert_allclose(clipped, [0.6, 0.8], rtol=1e-6)


def test_clipvalue_clips_each_entry_to_the_limit():
    """clipvalue=1.0 clips every entry to [-1, 1]: here every entry was larger, so the norm is sqrt(entries)."""
    for applied, grad in zip(_applied("clipvalue"), snippet.grads):
        np.testing.assert_allclose(applied, np.clip(np.asarray(grad), -1.0, 1.0), rtol=1e-3, atol=2e-5)
    sizes = sum(np.size(g) for g in snippet.grads)
    assert sizes == 400  # the page: 8 * 16 + 16 * 16 + 16 entries
    assert min(np.abs(np.asarray(g)).min() for g in snippet.grads) > 1  # so every entry is clipped
    np.testing.assert_allclose(np.sqrt(sum(np.sum(s**2) for s in _applied("clipvalue"))), np.sqrt(sizes), rtol=1e-4)


def test_clipvalue_changes_the_direction_clipnorm_keeps_it():
    grad = np.asarray(snippet.grads[0], dtype=np.float64).ravel()
    by_value = _applied("clipvalue")[0].ravel()
    cosine = by_value @ grad / (np.linalg.norm(by_value) * np.linalg.norm(grad))
    assert cosine < 0.99


@requires_keras(
    "3.2", "from Keras 3.2 only one of clipnorm, clipvalue and global_clipnorm may be set (the page says so)"
)
def test_only_one_of_the_three_options_may_be_set():
    """The snippet prints Keras's error for clipnorm with clipvalue; every pair raises the same way."""
    import itertools

    import pytest
    from tensorflow import keras

    for pair in itertools.combinations(["clipnorm", "clipvalue", "global_clipnorm"], 2):
        with pytest.raises(ValueError, match="Only one of"):
            keras.optimizers.SGD(**dict.fromkeys(pair, 1.0))
