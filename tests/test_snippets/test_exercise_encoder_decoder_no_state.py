"""Exercise of docs/encoder-decoder: without initial_state the decoder's first step ignores the string."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_encoder_decoder_no_state")


def _first_logits(h0=None, c0=None):
    x = snippet.decoder_embedding.get_weights()[0][np.ones((3, 1), dtype=int)]
    hs, _ = lstm_forward(x, *snippet.decoder_lstm.get_weights(), h0=h0, c0=c0)
    kernel, bias = snippet.decoder_dense.get_weights()
    return hs[:, 0] @ kernel + bias


def _encoder_states():
    table = snippet.encoder_embedding.get_weights()[0]
    hs, cs = [], []
    for row in snippet.x_enc:
        h, c = lstm_forward(table[row[row != 0]][None], *snippet.encoder_lstm.get_weights())
        hs.append(h[0, -1])
        cs.append(c[0])
    return np.array(hs), np.array(cs)


def test_shapes():
    assert snippet.with_states.shape == snippet.without.shape == (3, 13)
    assert snippet.x_enc.shape == (3, 4)


def test_without_states_every_string_gets_the_zero_state_answer():
    np.testing.assert_allclose(snippet.without, _first_logits(), rtol=1e-4, atol=1e-7)
    assert (snippet.without == snippet.without[0]).all()


def test_with_states_the_answer_depends_on_the_string():
    np.testing.assert_allclose(snippet.with_states, _first_logits(*_encoder_states()), rtol=1e-4, atol=1e-7)
    assert not np.allclose(snippet.with_states[0], snippet.with_states[1], atol=1e-4)
