"""Claims of docs/encoder-decoder, model: the encoder's h and c start the decoder; the masked loss skips padding."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("seq2seq_model")
TOKENS = "_<>0123456789"


def _encoder_states(x_enc):
    """NumPy: each string's embedded digits through the LSTM, its padding left out."""
    table = snippet.encoder_embedding.get_weights()[0]
    hs, cs = [], []
    for row in x_enc:
        steps = row[row != 0]
        h, c = lstm_forward(table[steps][None], *snippet.encoder_lstm.get_weights())
        hs.append(h[0, -1])
        cs.append(c[0])
    return np.array(hs), np.array(cs)


def _logits(x_enc, x_dec):
    h0, c0 = _encoder_states(x_enc)
    x = snippet.decoder_embedding.get_weights()[0][x_dec]
    hs, _ = lstm_forward(x, *snippet.decoder_lstm.get_weights(), h0=h0, c0=c0)
    kernel, bias = snippet.decoder_dense.get_weights()
    return hs @ kernel + bias


def _cross_entropy(y, logits):
    """Per step: -log softmax(logits)[y], (batch, steps)."""
    z = logits - logits.max(-1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(-1, keepdims=True))
    return -np.take_along_axis(log_p, y[..., None], -1)[..., 0]


def test_shapes():
    assert snippet.x_enc.shape == (2, 6) and snippet.x_dec.shape == snippet.y.shape == (2, 7)
    assert tuple(snippet.h.shape) == tuple(snippet.c.shape) == (2, snippet.units) == (2, 64)
    assert tuple(snippet.out.shape) == (2, 7, 13) and snippet.num_tokens == 13


def test_the_two_strings_their_decoder_input_and_answers():
    text = lambda rows: ["".join(TOKENS[i] for i in row) for row in rows]  # noqa: E731
    assert text(snippet.x_enc) == ["4721__", "95____"]
    assert text(snippet.x_dec) == ["<1274__", "<59____"]
    assert text(snippet.y) == ["1274>__", "59>____"]


def test_the_encoder_skips_its_padding():
    h, c = _encoder_states(snippet.x_enc)
    np.testing.assert_allclose(snippet.h, h, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(snippet.c, c, rtol=1e-4, atol=1e-6)


def test_the_decoder_starts_from_the_encoders_states():
    np.testing.assert_allclose(snippet.out, _logits(snippet.x_enc, snippet.x_dec), rtol=1e-4, atol=1e-5)


def test_masked_loss_is_the_mean_over_the_real_steps_only():
    ce = _cross_entropy(snippet.y, np.asarray(snippet.out, dtype=np.float64))
    real = snippet.y != 0
    assert real.sum() == 8 and real.size == 14
    masked = float(snippet.masked_loss(snippet.y, snippet.out))
    np.testing.assert_allclose(masked, ce[real].mean(), rtol=1e-5)
    np.testing.assert_allclose(float(snippet.plain_loss(snippet.y, snippet.out)), ce.mean(), rtol=1e-5)


def test_scrambled_padding_changes_the_plain_loss_not_the_masked_one():
    np.testing.assert_array_equal(snippet.scrambled[snippet.real], np.asarray(snippet.out)[snippet.real])
    assert not np.allclose(snippet.scrambled[~snippet.real], np.asarray(snippet.out)[~snippet.real])
    same = float(snippet.masked_loss(snippet.y, snippet.scrambled))
    np.testing.assert_allclose(same, float(snippet.masked_loss(snippet.y, snippet.out)), rtol=1e-6)
    plain = float(snippet.plain_loss(snippet.y, snippet.scrambled))
    np.testing.assert_allclose(plain, _cross_entropy(snippet.y, snippet.scrambled).mean(), rtol=1e-5)
    assert plain > 2 * float(snippet.plain_loss(snippet.y, snippet.out))


def test_before_training_both_losses_are_near_an_even_guess_over_13_symbols():
    for loss in (snippet.masked_loss, snippet.plain_loss):
        assert abs(float(loss(snippet.y, snippet.out)) - np.log(13)) < 0.05


def test_decoder_padding_comes_after_the_real_steps_and_cannot_change_them():
    other_padding = np.where(snippet.x_dec == 0, 5, snippet.x_dec)  # '2' wherever there was padding
    changed = np.asarray(snippet.model([snippet.x_enc, other_padding]))
    real = snippet.x_dec != 0
    np.testing.assert_allclose(changed[real], np.asarray(snippet.out)[real], rtol=1e-5, atol=1e-6)
    assert not np.allclose(changed[~real], np.asarray(snippet.out)[~real], atol=1e-4)
