"""Claims of docs/encoder-decoder, training: teacher forcing brings the loss down; greedy decoding reverses words."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("seq2seq_data")
snippet = lazy_snippet("seq2seq_training")


def _greedy_numpy(words: list[str]) -> list[str]:
    """The greedy loop again, in NumPy from the trained weights: feed back each step's argmax."""
    x = np.eye(4)[[["abcd".index(ch) for ch in w] for w in words]]
    hs, c = lstm_forward(x, *snippet.encoder_lstm.get_weights())
    h = hs[:, -1]
    kernel, bias = snippet.decoder_dense.get_weights()
    token = np.zeros(len(words), dtype=int)
    out = []
    for _ in range(3):
        step, c = lstm_forward(np.eye(5)[token][:, None], *snippet.decoder_lstm.get_weights(), h0=h, c0=c)
        h = step[:, -1]
        token = np.argmax(h @ kernel + bias, axis=-1)
        out.append(token)
    return ["".join("<abcd"[i] for i in row) for row in np.stack(out, 1)]


def test_same_data_as_the_data_snippet():
    assert snippet.train_words == data.train_words and snippet.test_words == data.test_words
    np.testing.assert_array_equal(snippet.x_enc, data.encoder_input(data.train_words))
    np.testing.assert_array_equal(snippet.x_dec, data.decoder_input(data.train_words))
    np.testing.assert_array_equal(snippet.y, data.target(data.train_words))


def test_the_trained_model_is_the_decoder_started_from_the_encoders_states():
    enc, c = lstm_forward(snippet.x_enc[:5], *snippet.encoder_lstm.get_weights())
    hs, _ = lstm_forward(snippet.x_dec[:5], *snippet.decoder_lstm.get_weights(), h0=enc[:, -1], c0=c)
    kernel, bias = snippet.decoder_dense.get_weights()
    logits = snippet.model([snippet.x_enc[:5], snippet.x_dec[:5]])
    np.testing.assert_allclose(logits, hs @ kernel + bias, rtol=1e-4, atol=1e-5)


def test_one_loss_per_epoch_and_it_falls():
    assert len(snippet.losses) == snippet.epochs == 40
    assert snippet.losses[-1] < snippet.losses[0] / 10


def test_greedy_decoding_matches_a_numpy_greedy_loop():
    assert snippet.decoded == _greedy_numpy(snippet.test_words)


def test_held_out_words_come_out_reversed():
    """A fact of this seeded run: the page shows every held-out word reversed right."""
    assert snippet.decoded == [w[::-1] for w in snippet.test_words]


def test_training_words_count():
    right = sum(g == w[::-1] for w, g in zip(snippet.train_words, _greedy_numpy(snippet.train_words)))
    assert snippet.train_right == right == 56
