"""Claims of docs/encoder-decoder, data: 64 words, 56 to train, 8 held out; decoder input = '<' + target shifted."""

import itertools

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("seq2seq_data")


def test_every_three_letter_word_once_split_56_and_8():
    everything = {"".join(p) for p in itertools.product("abcd", repeat=3)}
    assert len(snippet.train_words) == 56 and len(snippet.test_words) == 8
    assert set(snippet.train_words) | set(snippet.test_words) == everything
    assert not set(snippet.train_words) & set(snippet.test_words)


def test_shapes():
    assert snippet.encoder_input(snippet.train_words).shape == (56, 3, 4)
    assert snippet.decoder_input(snippet.train_words).shape == (56, 3, 5)
    assert snippet.target(snippet.train_words).shape == (56, 3)


def test_encoder_input_is_the_word_one_hot():
    x = snippet.encoder_input(snippet.train_words)
    for row, word in zip(x, snippet.train_words):
        np.testing.assert_array_equal(row.argmax(-1), ["abcd".index(c) for c in word])
        np.testing.assert_array_equal(row.sum(-1), 1)


def test_target_is_the_reversed_word():
    y = snippet.target(snippet.train_words)
    for row, word in zip(y, snippet.train_words):
        assert "".join("<abcd"[i] for i in row) == word[::-1]


def test_teacher_forcing_the_decoder_reads_start_then_the_previous_answers():
    for word in snippet.train_words:
        x = snippet.decoder_input([word])[0]
        assert x.sum() == 3
        assert "".join("<abcd"[i] for i in x.argmax(-1)) == "<" + word[::-1][:-1]


def test_the_printed_example_has_three_different_letters():
    assert len(set(snippet.word)) == 3 and snippet.word in snippet.train_words
