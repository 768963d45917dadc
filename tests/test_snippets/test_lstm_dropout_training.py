"""Claims of docs/lstm-and-gru: dropout and recurrent_dropout act in training only."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("lstm_dropout_training")


def test_the_layer_has_both_dropouts():
    assert snippet.lstm.dropout == 0.5 and snippet.lstm.recurrent_dropout == 0.5


def test_training_calls_drop_at_random_so_they_differ():
    assert not np.allclose(snippet.train_1, snippet.train_2)
    assert not np.allclose(snippet.train_1, snippet.infer_1)
    assert tuple(snippet.train_1.shape) == tuple(snippet.infer_1.shape) == (1, 2)


def test_inference_is_deterministic_and_the_default():
    np.testing.assert_array_equal(snippet.infer_1, snippet.infer_2)
    np.testing.assert_array_equal(snippet.default, snippet.infer_1)


def test_inference_is_the_plain_lstm_equations_with_nothing_dropped():
    hs, _ = lstm_forward(snippet.x_data, *snippet.lstm.get_weights())
    np.testing.assert_allclose(snippet.infer_1, hs[:, -1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.plain(snippet.x_data), snippet.infer_1, rtol=1e-6, atol=1e-7)
