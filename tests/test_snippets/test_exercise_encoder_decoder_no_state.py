"""Exercise of docs/encoder-decoder: without initial_state the decoder's first step ignores the word."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_encoder_decoder_no_state")


def _first_logits(h0=None, c0=None):
    hs, _ = lstm_forward(snippet.start, *snippet.decoder_lstm.get_weights(), h0=h0, c0=c0)
    kernel, bias = snippet.decoder_dense.get_weights()
    return hs[:, 0] @ kernel + bias


def test_shapes():
    assert snippet.with_states.shape == snippet.without.shape == (3, 5)


def test_without_states_every_word_gets_the_zero_state_answer():
    np.testing.assert_allclose(snippet.without, _first_logits(), rtol=1e-4, atol=1e-6)
    assert (snippet.without == snippet.without[0]).all()


def test_with_states_the_answer_depends_on_the_word():
    hs, c = lstm_forward(snippet.x_enc, *snippet.encoder_lstm.get_weights())
    np.testing.assert_allclose(snippet.with_states, _first_logits(hs[:, -1], c), rtol=1e-4, atol=1e-6)
    assert not np.allclose(snippet.with_states[0], snippet.with_states[1], atol=1e-3)
