"""Claims of docs/sequence-classification, training: early stopping, the learning curve, the test split
against its baselines, predictions on new reviews."""

import numpy as np

from tests.keras_versions import PINNED_RUN
from tests.review_rule import best_bag_of_words_accuracy, rule_labels
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("classification_data")
snippet = lazy_snippet("classification_training")

MAX_EPOCHS, PATIENCE, MIN_DELTA = 30, 4, 0.01


def _predicted(x) -> np.ndarray:
    return np.asarray(snippet.model(x))[:, 0] > 0.5


def test_same_data_as_the_data_snippet():
    for name in ("train_texts", "val_texts", "test_texts"):
        assert getattr(snippet, name) == getattr(data, name)
    for name in ("y_train", "y_val", "y_test"):
        np.testing.assert_array_equal(getattr(snippet, name), getattr(data, name))
    np.testing.assert_array_equal(snippet.x_train, data.x_train)


def test_the_model_is_the_pages_model():
    embedding, bidirectional, dense = snippet.model.layers
    assert embedding.mask_zero and embedding.output_dim == 8 and embedding.input_dim == 21
    assert bidirectional.forward_layer.units == 16 and dense.units == 1


def test_early_stopping_stopped_patience_epochs_after_the_last_real_improvement():
    """Recompute the best epoch from the recorded val_loss: an improvement is a fall of more than 0.01."""
    val_loss = snippet.curves["val_loss"]
    best, best_epoch = np.inf, None
    for epoch, value in enumerate(val_loss, start=1):
        if value < best - MIN_DELTA:
            best, best_epoch = value, epoch
    assert snippet.best_epoch == best_epoch
    assert snippet.epochs_run == best_epoch + PATIENCE < MAX_EPOCHS
    assert all(len(snippet.curves[name]) == snippet.epochs_run for name in snippet.curves)


def test_the_restored_weights_are_the_best_epochs():
    val_loss, val_accuracy = snippet.model.evaluate(snippet.x_val, snippet.y_val, verbose=0)
    np.testing.assert_allclose(val_loss, snippet.curves["val_loss"][snippet.best_epoch - 1], rtol=1e-4)
    np.testing.assert_allclose(val_accuracy, snippet.curves["val_accuracy"][snippet.best_epoch - 1])


def test_the_learning_curve_starts_at_chance_and_then_drops():
    """The page: the first epochs stay near ln 2 (a coin flip), then the loss falls to about a half of it
    (0.50 of it in the pinned run, 0.54 on Keras 3.0)."""
    loss = snippet.curves["loss"]
    assert abs(loss[0] - np.log(2)) < 0.01 and abs(loss[1] - np.log(2)) < 0.01
    assert snippet.curves["val_loss"][snippet.best_epoch - 1] < 0.6 * np.log(2)


def test_the_validation_loss_levels_off_just_above_the_floor_the_flipped_labels_leave():
    """The page: even a model that knows the rule, and answers 0.9 for its label, loses
    -(0.9 ln 0.9 + 0.1 ln 0.1) on validation labels of which 10 % are flipped."""
    flipped = np.mean(snippet.y_val != rule_labels(snippet.val_texts))
    assert flipped == 0.1
    floor = -(0.9 * np.log(0.9) + 0.1 * np.log(0.1))
    assert floor < snippet.curves["val_loss"][snippet.best_epoch - 1] < floor + 0.05


def test_test_accuracy_is_the_share_of_right_answers():
    accuracy = np.mean(_predicted(snippet.x_test) == snippet.y_test)
    np.testing.assert_allclose(snippet.test_accuracy, accuracy, rtol=1e-6)


def test_test_accuracy_clearly_beats_both_baselines():
    """Computed here: always the more common training label, and the best any bag-of-words model could do."""
    y_test = snippet.y_test
    majority = int(np.mean(snippet.y_train) >= 0.5)
    assert snippet.majority == majority and snippet.majority_accuracy == np.mean(y_test == majority)
    best_bag = best_bag_of_words_accuracy(snippet.test_texts, y_test)
    assert best_bag < 0.6
    assert snippet.test_accuracy > 0.85 > max(snippet.majority_accuracy, best_bag) + 0.25


def test_against_the_rule_the_model_is_right_about_every_test_review():
    """A fact of this seeded run: the flipped labels are the only test errors."""
    y_rule = rule_labels(snippet.test_texts)
    np.testing.assert_array_equal(snippet.y_rule, y_rule)
    assert snippet.rule_accuracy == 1.0
    np.testing.assert_array_equal(_predicted(snippet.x_test), y_rule)
    np.testing.assert_allclose(snippet.test_accuracy, np.mean(snippet.y_test == y_rule), rtol=1e-6)


def test_new_reviews_are_new_and_get_the_rules_answer():
    seen = set(snippet.train_texts) | set(snippet.val_texts) | set(snippet.test_texts)
    assert not seen & set(snippet.new_reviews)
    vocab = snippet.vectorize.get_vocabulary()
    assert "coffee" not in vocab and "music" not in vocab  # read as [UNK], index 1
    assert min(len(r.split()) for r in snippet.new_reviews) < 10  # shorter than any training review
    expected = np.array([rule_labels([r])[0] for r in snippet.new_reviews])
    np.testing.assert_array_equal(snippet.probabilities > 0.5, expected.astype(bool))
    assert (np.abs(snippet.probabilities - 0.5) > 0.3).all()


def test_the_plot_shows_the_recorded_curves_and_the_restored_epoch():
    for ax, name in [(snippet.loss_ax, "loss"), (snippet.accuracy_ax, "accuracy")]:
        training, validation, restored = ax.get_lines()
        epochs = np.arange(1, snippet.epochs_run + 1)
        np.testing.assert_array_equal(training.get_xdata(), epochs)
        np.testing.assert_allclose(training.get_ydata(), snippet.curves[name])
        np.testing.assert_allclose(validation.get_ydata(), snippet.curves["val_" + name])
        assert list(restored.get_xdata()) == [snippet.best_epoch] * 2
        assert ax.get_ylabel() == name and ax.get_xlabel() == "epoch"


@PINNED_RUN
def test_the_figures_the_page_cites():
    """The page reads the run aloud: stop at epoch 9, epoch 5 restored, 0.908 against 0.487, 9.2 % flipped."""
    assert (snippet.epochs_run, snippet.best_epoch) == (9, 5)
    assert round(float(snippet.test_accuracy), 3) == 0.908 and round(float(snippet.majority_accuracy), 3) == 0.487
    assert round(float(np.mean(snippet.y_test != snippet.y_rule)), 3) == 0.092
    loss, val_loss = snippet.curves["loss"], snippet.curves["val_loss"]
    assert all(abs(value - np.log(2)) < 0.01 for value in loss[:3])  # three epochs near ln 2
    assert val_loss[2] > 0.69 > 0.4 > loss[4]  # then the drop, at epochs 4 and 5
    assert all(0.325 < value < 0.345 for value in val_loss[4:])  # near 0.33 from then on
    assert tuple(snippet.vectorize(snippet.new_reviews).shape) == (4, 11)
    assert tuple(snippet.probabilities.shape) == (4,)


def test_with_a_patience_of_2_training_stops_on_the_plateau_at_epoch_3():
    """The page warns that patience must outlast the plateau: the same run with patience=2 stops at epoch 3."""
    from tensorflow import keras
    from tensorflow.keras import layers

    x_train, x_val = snippet.x_train, snippet.x_val  # runs the snippet first, if no test has
    keras.utils.set_random_seed(777)
    model = keras.Sequential(
        [
            keras.Input(shape=(None,), dtype="int64"),
            layers.Embedding(21, 8, mask_zero=True),
            layers.Bidirectional(layers.LSTM(16)),
            layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        loss="binary_crossentropy", metrics=["accuracy"], optimizer=keras.optimizers.Adam(learning_rate=0.005)
    )
    stop = keras.callbacks.EarlyStopping(monitor="val_loss", min_delta=MIN_DELTA, patience=2, restore_best_weights=True)
    history = model.fit(
        x_train,
        snippet.y_train,
        batch_size=32,
        epochs=MAX_EPOCHS,
        validation_data=(x_val, snippet.y_val),
        callbacks=[stop],
        verbose=0,
    )
    np.testing.assert_allclose(history.history["loss"], snippet.curves["loss"][:3], rtol=1e-4)  # the same run
    assert len(history.history["loss"]) == 3
    assert all(abs(value - np.log(2)) < 0.01 for value in history.history["val_loss"])
