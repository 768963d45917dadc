"""Claims of docs/architectures: Bidirectional(LSTM, return_state=True) returns five tensors."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("bidirectional_return_state")

H = 3


def test_five_tensors_output_then_h_and_c_of_each_direction():
    assert len(snippet.result) == 5
    assert tuple(snippet.outputs.shape) == (3, 2 * H)
    for state in (snippet.forward_h, snippet.forward_c, snippet.backward_h, snippet.backward_c):
        assert tuple(state.shape) == (3, H)


def test_states_are_those_of_a_forward_and_a_backward_lstm():
    x = np.asarray(snippet.x_data)
    hs, c = lstm_forward(x, *snippet.bi_lstm.forward_layer.get_weights())
    np.testing.assert_allclose(snippet.forward_h, hs[:, -1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.forward_c, c, rtol=1e-5, atol=1e-6)
    hs, c = lstm_forward(x[:, ::-1], *snippet.bi_lstm.backward_layer.get_weights())
    np.testing.assert_allclose(snippet.backward_h, hs[:, -1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.backward_c, c, rtol=1e-5, atol=1e-6)


def test_concat_output_is_forward_h_then_backward_h():
    np.testing.assert_array_equal(snippet.outputs[:, :H], snippet.forward_h)
    np.testing.assert_array_equal(snippet.outputs[:, H:], snippet.backward_h)
    assert not np.allclose(snippet.forward_h, snippet.backward_h)


def test_a_wrapped_gru_has_one_state_per_direction_so_three_tensors():
    from tensorflow.keras import layers

    result = layers.Bidirectional(layers.GRU(H, return_state=True))(snippet.x_data)
    assert len(result) == 3
    assert [tuple(t.shape) for t in result] == [(3, 2 * H), (3, H), (3, H)]


def test_a_bidirectional_decoder_starts_each_direction_from_its_encoder_states():
    x = np.asarray(snippet.x_data)
    assert tuple(snippet.bi_decoded.shape) == (3, 5, 2 * H)
    fw = snippet.bi_decoder.forward_layer.get_weights()
    bw = snippet.bi_decoder.backward_layer.get_weights()
    hs, _ = lstm_forward(x, *fw, h0=np.asarray(snippet.forward_h), c0=np.asarray(snippet.forward_c))
    np.testing.assert_allclose(snippet.bi_decoded[..., :H], hs, rtol=1e-5, atol=1e-6)
    hs, _ = lstm_forward(x[:, ::-1], *bw, h0=np.asarray(snippet.backward_h), c0=np.asarray(snippet.backward_c))
    np.testing.assert_allclose(snippet.bi_decoded[..., H:], hs[:, ::-1], rtol=1e-5, atol=1e-6)


def test_a_one_direction_decoder_takes_the_joined_states_with_twice_the_units():
    x = np.asarray(snippet.x_data)
    np.testing.assert_array_equal(snippet.decoder_h, np.concatenate([snippet.forward_h, snippet.backward_h], -1))
    np.testing.assert_array_equal(snippet.decoder_c, np.concatenate([snippet.forward_c, snippet.backward_c], -1))
    assert snippet.decoder.units == 2 * H
    assert tuple(snippet.decoded.shape) == (3, 5, 2 * H)
    hs, _ = lstm_forward(x, *snippet.decoder.get_weights(), h0=snippet.decoder_h, c0=snippet.decoder_c)
    np.testing.assert_allclose(snippet.decoded, hs, rtol=1e-5, atol=1e-6)


def test_a_one_direction_lstm_refuses_the_four_states():
    import pytest
    import tensorflow as tf
    from tensorflow.keras import layers

    with pytest.raises((ValueError, tf.errors.InvalidArgumentError)):
        layers.LSTM(H)(
            snippet.x_data, initial_state=[snippet.forward_h, snippet.forward_c, snippet.backward_h, snippet.backward_c]
        )
