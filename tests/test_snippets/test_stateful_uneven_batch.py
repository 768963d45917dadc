"""Claims of docs/stateful-rnn: in fit, a short last batch of 1 is broadcast to every state row; another short size fails."""

import numpy as np
import pytest

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stateful_uneven_batch")


def _one_sequence(x, h0):
    return simple_rnn_forward(x[None], *snippet.rnn.get_weights(), h0=h0[None])[0, -1]


def test_seven_sequences_give_nine_predictions_and_six_give_six():
    assert len(snippet.x7) == 7 and snippet.batch_size == 3
    assert snippet.predictions.shape == (9, 1)
    assert snippet.whole_batches == 6 and snippet.kept.shape == (6, 1)


def test_the_last_three_rows_are_the_lone_sequence_read_from_each_state_row():
    """Row i of the last batch continues state row i, but every row reads sequence 7."""
    x = snippet.x7.astype(np.float64)
    kernel, bias = snippet.model.layers[-1].get_weights()
    zero = np.zeros(4)
    states = [_one_sequence(x[i], zero) for i in range(3)]
    states = [_one_sequence(x[3 + i], states[i]) for i in range(3)]
    expected = np.array([_one_sequence(x[6], states[i]) for i in range(3)]) @ kernel + bias
    np.testing.assert_allclose(snippet.predictions[6:], expected, rtol=1e-4, atol=1e-5)
    assert not np.allclose(snippet.predictions[6], snippet.predictions[7], atol=1e-4)


def test_a_short_last_batch_of_another_size_fails_in_fit():
    """The page's other case: 8 sequences in batches of 3 leave 2, which cannot meet 3 state rows."""
    import tensorflow as tf
    from tensorflow import keras
    from tensorflow.keras import layers

    assert snippet.batch_size == 3  # the snippet's model, rebuilt so that its weights stay as printed
    model = keras.Sequential(
        [keras.Input(batch_shape=(3, None, 1)), layers.SimpleRNN(4, stateful=True), layers.Dense(1)]
    )
    model.compile(optimizer="adam", loss="mse")
    x8 = np.ones((8, 4, 1), np.float32)
    with pytest.raises(tf.errors.InvalidArgumentError, match="Incompatible shapes"):
        model.fit(x8, np.zeros((8, 1), np.float32), batch_size=3, shuffle=False, verbose=0)
