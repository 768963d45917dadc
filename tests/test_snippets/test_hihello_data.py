"""Claims of docs/training-hihello, data: 'hihell' -> 'ihello', x (1, 6, 5), y (1, 6)."""

import numpy as np

from tests.rnn_reference import one_hot
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("hihello_data")

ALPHABET = "hielo"  # the characters of 'hihello' in order of first appearance


def test_vocabulary_is_the_five_characters_of_hihello():
    assert "".join(snippet.idx2char) == ALPHABET
    assert set(snippet.idx2char) == set("hihello")
    assert all(snippet.idx2char[snippet.char2idx[c]] == c for c in ALPHABET)


def test_input_is_hihell_and_target_is_ihello():
    assert "".join(ALPHABET[i] for i in snippet.x_idx) == "hihell"
    assert "".join(ALPHABET[i] for i in snippet.y_idx) == "ihello"


def test_target_is_the_input_shifted_by_one_step():
    assert snippet.y_idx[:-1] == snippet.x_idx[1:]


def test_one_hot_input_and_index_target():
    np.testing.assert_array_equal(snippet.x_one_hot[0], one_hot("hihell", ALPHABET))
    np.testing.assert_array_equal(snippet.y_data[0], [ALPHABET.index(c) for c in "ihello"])


def test_shapes():
    assert snippet.num_classes == 5
    assert snippet.x_one_hot.shape == (1, 6, 5)
    assert snippet.y_data.shape == (1, 6)
