"""Claims of docs/training-hihello, training: the loss falls and the prediction becomes 'ihello'."""

import numpy as np

from tests.keras_versions import before_keras, requires_keras
from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

hihello_data = lazy_snippet("hihello_data")
snippet = lazy_snippet("hihello_training")


def _decode(logits) -> str:
    """Argmax of every step of the first sequence, read through the vocabulary."""
    scores = np.asarray(logits)[0]
    return "".join(snippet.idx2char[int(np.argmax(row))] for row in scores)


def _cross_entropy(logits, targets) -> float:
    """Mean sparse categorical cross-entropy from logits, in NumPy."""
    z = np.asarray(logits, dtype=np.float64)[0]
    log_softmax = z - z.max(axis=-1, keepdims=True)
    log_softmax -= np.log(np.exp(log_softmax).sum(axis=-1, keepdims=True))
    return float(-log_softmax[np.arange(len(targets)), targets].mean())


def test_same_data_as_the_data_snippet():
    np.testing.assert_array_equal(snippet.x_one_hot, hihello_data.x_one_hot)
    np.testing.assert_array_equal(snippet.y_data, hihello_data.y_data)


def test_shapes():
    assert tuple(snippet.logits_before.shape) == (1, 6, 5)
    assert tuple(snippet.logits_after.shape) == (1, 6, 5)
    rnn, time_distributed = snippet.model.layers
    assert tuple(rnn.output.shape) == (None, 6, snippet.hidden_size)
    assert tuple(time_distributed.output.shape) == (None, 6, snippet.num_classes)


def test_predictions_are_the_argmax_of_the_models_output():
    assert snippet.before == _decode(snippet.logits_before)
    assert snippet.after == _decode(snippet.logits_after)


def test_one_loss_per_epoch_and_the_first_is_the_untrained_models_loss():
    assert len(snippet.losses) == snippet.epochs == 50
    first = _cross_entropy(snippet.logits_before, snippet.y_data[0])
    np.testing.assert_allclose(snippet.losses[0], first, rtol=1e-5)


def test_loss_at_the_end_is_lower_than_at_the_start():
    assert snippet.losses[-1] < snippet.losses[0]


def test_trained_model_predicts_ihello():
    """A fact of this seeded run: with the seed fixed, 50 Adam steps at learning rate 0.1 on a single
    six-step sequence drive the loss near zero, so every step's target has by far the highest score
    (checked below: probability above 0.9), and the argmax reads 'ihello'."""
    assert snippet.after == "ihello" == snippet.sample[1:]
    z = np.asarray(snippet.logits_after, dtype=np.float64)[0]
    probs = np.exp(z - z.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    assert (probs[np.arange(6), snippet.y_data[0]] > 0.9).all()


def test_trained_logits_follow_from_the_trained_weights():
    kernel, recurrent_kernel, bias, dense_kernel, dense_bias = snippet.model.get_weights()
    hidden = simple_rnn_forward(snippet.x_one_hot, kernel, recurrent_kernel, bias)
    np.testing.assert_allclose(snippet.logits_after, hidden @ dense_kernel + dense_bias, rtol=1e-4, atol=1e-5)


def test_model_fit_for_the_same_epochs_records_the_same_losses():
    """The page says the loop does what ``model.fit(..., epochs=50)`` would: rebuild the same model
    from the same seed and compare the losses fit records with the loop's."""
    from tensorflow import keras
    from tensorflow.keras import layers

    hidden_size, num_classes = snippet.hidden_size, snippet.num_classes  # runs the snippet first, if no test has
    keras.utils.set_random_seed(777)
    model = keras.Sequential(
        [
            keras.Input(shape=(6, 5)),
            layers.SimpleRNN(units=hidden_size, return_sequences=True),
            layers.TimeDistributed(layers.Dense(num_classes)),
        ]
    )
    model.compile(
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        optimizer=keras.optimizers.Adam(learning_rate=0.1),
    )
    np.testing.assert_allclose(model(snippet.x_one_hot), snippet.logits_before, rtol=1e-6)
    history = model.fit(snippet.x_one_hot, snippet.y_data, epochs=snippet.epochs, verbose=0)
    np.testing.assert_allclose(history.history["loss"], snippet.losses, rtol=1e-4, atol=1e-6)


def test_loss_falls_at_every_epoch():
    """A fact of this seeded run (the page says the loss falls from epoch to epoch)."""
    assert all(later < earlier for earlier, later in zip(snippet.losses, snippet.losses[1:]))


def _two_updates_without_reset():
    """A fresh copy of the page's model: losses train_on_batch returns on two calls, and each batch's own loss."""
    from tensorflow import keras
    from tensorflow.keras import layers

    hidden_size, num_classes = snippet.hidden_size, snippet.num_classes  # runs the snippet first, if no test has
    keras.utils.set_random_seed(777)
    model = keras.Sequential(
        [
            keras.Input(shape=(6, 5)),
            layers.SimpleRNN(units=hidden_size, return_sequences=True),
            layers.TimeDistributed(layers.Dense(num_classes)),
        ]
    )
    model.compile(
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        optimizer=keras.optimizers.Adam(learning_rate=0.1),
    )
    returned, own = [], []
    for _ in range(2):
        own.append(_cross_entropy(model(snippet.x_one_hot), snippet.y_data[0]))  # before the update
        returned.append(float(model.train_on_batch(snippet.x_one_hot, snippet.y_data)))
    return returned, own


@requires_keras("3.15", "train_on_batch returns the batch's own loss from Keras 3.15 on (the page says so)")
def test_from_keras_3_15_train_on_batch_returns_each_batchs_own_loss():
    returned, own = _two_updates_without_reset()
    np.testing.assert_allclose(returned, own, rtol=1e-4)


@before_keras("3.15", "Keras 3.0-3.14 return the mean of every loss so far (the page says so)")
def test_before_keras_3_15_train_on_batch_returns_the_running_mean():
    returned, own = _two_updates_without_reset()
    np.testing.assert_allclose(returned, [own[0], (own[0] + own[1]) / 2], rtol=1e-4)
    assert abs(returned[1] - own[1]) > 1e-4
