"""Claims of docs/gradients-through-time, exercise 2: clipnorm clips each gradient, global_clipnorm all together."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_gradients_through_time_clipping")


def _keras_step(option: str) -> list[np.ndarray]:
    """What a Keras SGD step (learning rate 1, from zero) really applies with the option set to 1.0."""
    from tensorflow import keras

    variables = [keras.Variable(np.zeros(2, dtype=np.float32)) for _ in snippet.grads]
    optimizer = keras.optimizers.SGD(learning_rate=1.0, **{option: 1.0})
    optimizer.apply_gradients(zip([g.astype(np.float32) for g in snippet.grads], variables))
    return [-v.numpy() for v in variables]


def test_clipnorm_matches_keras():
    np.testing.assert_allclose(np.array(snippet.clipped), _keras_step("clipnorm"), rtol=1e-6)
    np.testing.assert_allclose(snippet.clipped[0], [0.6, 0.8])
    np.testing.assert_array_equal(snippet.clipped[1], snippet.grads[1])  # norm 0.5: left alone


def test_global_clipnorm_matches_keras():
    np.testing.assert_allclose(np.array(snippet.scaled), _keras_step("global_clipnorm"), rtol=1e-6)
    np.testing.assert_allclose(snippet.global_norm, np.sqrt(25.25))


def test_only_global_clipnorm_keeps_the_ratio():
    ratio = lambda pair: np.linalg.norm(pair[1]) / np.linalg.norm(pair[0])  # noqa: E731
    np.testing.assert_allclose(ratio(snippet.scaled), ratio(snippet.grads))
    np.testing.assert_allclose(ratio(snippet.clipped), 0.5)
