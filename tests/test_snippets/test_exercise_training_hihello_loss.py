"""Exercise on docs/training-hihello: the loss by hand equals Keras's from_logits loss; near log(5) untrained."""

import numpy as np
import pytest

from tests.snippet_modules import lazy_snippet

hihello_training = lazy_snippet("hihello_training")
snippet = lazy_snippet("exercise_training_hihello_loss")


def test_by_hand_equals_keras():
    from tensorflow import keras

    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    assert float(loss(snippet.y_data, snippet.logits[None])) == pytest.approx(snippet.by_hand, rel=1e-5)


def test_same_model_and_loss_as_the_page_before_training():
    """Same seed, same layers: the page's first epoch loss is this untrained loss."""
    np.testing.assert_allclose(snippet.logits, np.asarray(hihello_training.logits_before)[0], rtol=1e-6)
    assert hihello_training.losses[0] == pytest.approx(snippet.by_hand, rel=1e-5)


def test_an_untrained_model_is_near_the_uniform_guess():
    assert abs(snippet.by_hand - np.log(5)) < 0.5
