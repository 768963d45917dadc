"""Claims of docs/stateful-rnn, training: chunks in order, a reset at every epoch, a held-out MSE below one-chunk baselines."""

import numpy as np

from tests.gated_reference import gru_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stateful_training")


def test_shapes_and_the_data_rule():
    assert snippet.train_readings.shape == snippet.test_readings.shape == (64, 48)
    assert snippet.x_train.shape == (12 * 64, 4, 1) and snippet.y_train.shape == (12 * 64, 1)
    assert np.abs(snippet.train_level).max() <= 1
    noise = snippet.train_readings - snippet.train_level
    assert 0.45 < noise.std() < 0.55  # the readings are the level plus noise of 0.5


def test_batch_k_holds_chunk_k_of_every_stream():
    x, y = snippet.x_train, snippet.y_train
    for k in (0, 5, 11):
        for i in (0, 63):
            np.testing.assert_array_equal(x[k * 64 + i, :, 0], snippet.train_readings[i, 4 * k : 4 * k + 4])
            assert y[k * 64 + i, 0] == snippet.train_level[i, 0]


def test_the_model_is_stateful_with_the_streams_as_its_batch():
    assert snippet.rnn.stateful
    assert tuple(snippet.rnn.states[0].shape) == (64, 8)
    assert tuple(snippet.model.inputs[0].shape) == (64, None, 1)


def test_the_callback_found_a_carried_state_and_reset_it_at_every_epoch():
    assert len(snippet.reset.carried) == 60
    assert snippet.reset.carried[0] == 0  # a fresh layer starts from zeros
    assert all(value > 0.05 for value in snippet.reset.carried[1:])  # fit itself resets nothing


def test_held_out_predictions_are_each_stream_read_whole_from_zeros():
    """reset_state(), then chunk after chunk: the same as a GRU reading all 48 steps at once from a zero state."""
    hs = gru_forward(snippet.test_readings[..., None].astype(np.float64), *snippet.rnn.get_weights())
    kernel, bias = snippet.model.layers[-1].get_weights()
    expected = hs[:, 3::4] @ kernel + bias  # (streams, chunks, 1): the state at each chunk's end
    got = snippet.predictions.reshape(12, 64).T
    np.testing.assert_allclose(got, expected[..., 0], rtol=1e-4, atol=1e-4)


def test_the_printed_errors_are_the_predictions_errors():
    squared = (snippet.predictions - snippet.y_test) ** 2
    np.testing.assert_allclose(snippet.error, squared.reshape(12, 64).mean(axis=1), rtol=1e-6)
    chunk_mean = snippet.test_readings.reshape(64, 12, 4).mean(axis=2)
    assert snippet.chunk_mean_mse == np.float32(((chunk_mean - snippet.test_level) ** 2).mean())
    assert snippet.zero_mse == np.float32((snippet.test_level**2).mean())


def test_the_stateful_rnn_beats_both_one_chunk_baselines_and_improves_chunk_after_chunk():
    assert snippet.error.mean() < 0.6 * snippet.chunk_mean_mse
    assert snippet.chunk_mean_mse < snippet.zero_mse
    assert snippet.error[-1] < snippet.error[0]
    assert snippet.error[-1] < 0.5 * snippet.chunk_mean_mse
