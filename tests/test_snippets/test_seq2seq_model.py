"""Claims of docs/encoder-decoder, model: the encoder's h and c are the decoder's initial state."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("seq2seq_model")


def _encoder_states():
    hs, c = lstm_forward(snippet.x_enc, *snippet.encoder_lstm.get_weights())
    return hs[:, -1], c


def test_shapes():
    assert snippet.x_enc.shape == (2, 3, 4)
    assert snippet.x_dec.shape == (2, 3, 5)
    assert tuple(snippet.h.shape) == tuple(snippet.c.shape) == (2, snippet.units) == (2, 16)
    assert tuple(snippet.out.shape) == (2, 3, 5)


def test_the_two_words_and_their_decoder_input():
    assert ["".join("abcd"[i] for i in w.argmax(-1)) for w in snippet.x_enc] == ["acb", "dda"]
    assert ["".join("<abcd"[i] for i in w.argmax(-1)) for w in snippet.x_dec] == ["<bc", "<bc"]


def test_the_encoder_returns_its_last_h_and_c():
    h, c = _encoder_states()
    np.testing.assert_allclose(snippet.h, h, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.c, c, rtol=1e-5, atol=1e-6)


def test_the_decoder_starts_from_the_encoders_states():
    h0, c0 = _encoder_states()
    hs, _ = lstm_forward(snippet.x_dec, *snippet.decoder_lstm.get_weights(), h0=h0, c0=c0)
    kernel, bias = snippet.decoder_dense.get_weights()
    np.testing.assert_allclose(snippet.out, hs @ kernel + bias, rtol=1e-4, atol=1e-5)
    zero_start, _ = lstm_forward(snippet.x_dec, *snippet.decoder_lstm.get_weights())
    assert not np.allclose(snippet.out, zero_start @ kernel + bias, atol=1e-3)


def test_same_decoder_input_different_words_different_first_logits():
    np.testing.assert_array_equal(snippet.x_dec[0], snippet.x_dec[1])
    assert not np.allclose(snippet.out[0, 0], snippet.out[1, 0], atol=1e-3)


def test_unroll_changes_nothing_but_the_speed():
    from tensorflow.keras import layers

    looped = layers.LSTM(snippet.units, return_state=True)
    looped(snippet.x_enc)
    looped.set_weights(snippet.encoder_lstm.get_weights())
    assert snippet.encoder_lstm.unroll and snippet.decoder_lstm.unroll
    _, h, c = looped(snippet.x_enc)
    np.testing.assert_allclose(h, snippet.h, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(c, snippet.c, rtol=1e-5, atol=1e-6)
