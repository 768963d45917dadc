"""Claims of docs/encoder-decoder, data: 2600 digit strings of 1-6 digits; '<' + answer in, answer + '>' out, padded."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("seq2seq_data")
TOKENS = "_<>0123456789"


def _text(row) -> str:
    return "".join(TOKENS[i] for i in row)


def test_three_disjoint_splits_of_different_digit_strings():
    train, val, test = map(set, (snippet.train_strings, snippet.val_strings, snippet.test_strings))
    assert (len(train), len(val), len(test)) == (2000, 300, 300)
    assert len(snippet.train_strings) == 2000 and not (train & val or train & test or val & test)
    everything = train | val | test
    assert all(s.isdigit() and 1 <= len(s) <= 6 for s in everything)


def test_lengths_vary_and_the_printed_counts_are_right():
    lengths = np.array([len(s) for s in snippet.train_strings])
    assert set(lengths) == {1, 2, 3, 4, 5, 6}
    counts = [int((lengths == n).sum()) for n in range(1, 7)]
    assert counts == list(np.bincount(lengths)[1:])


def test_tokens_padding_start_end():
    assert "".join(snippet.tokens) == TOKENS
    assert (snippet.PAD, snippet.START, snippet.END) == (0, 1, 2)


def test_shapes():
    assert snippet.encoder_input(snippet.train_strings).shape == (2000, 6)
    assert snippet.decoder_input(snippet.train_strings).shape == (2000, 7)
    assert snippet.target(snippet.train_strings).shape == (2000, 7)


def test_every_row_is_the_rule_written_out_and_padded_at_the_end():
    enc = snippet.encoder_input(snippet.train_strings)
    dec = snippet.decoder_input(snippet.train_strings)
    y = snippet.target(snippet.train_strings)
    for s, e, d, t in zip(snippet.train_strings, enc, dec, y):
        answer = s[::-1]
        assert _text(e) == s + "_" * (6 - len(s))
        assert _text(d) == "<" + answer + "_" * (6 - len(s))
        assert _text(t) == answer + ">" + "_" * (6 - len(s))


def test_teacher_forcing_the_decoder_reads_the_previous_target_step():
    dec = snippet.decoder_input(snippet.train_strings)
    y = snippet.target(snippet.train_strings)
    real = y != 0
    np.testing.assert_array_equal(dec[:, 1:][real[:, 1:]], y[:, :-1][real[:, 1:]])
    np.testing.assert_array_equal(dec != 0, real)  # the same steps are real on both sides


def test_the_printed_examples_have_two_and_five_digits():
    assert [len(s) for s in snippet.examples] == [2, 5]
    assert all(s in snippet.train_strings for s in snippet.examples)
