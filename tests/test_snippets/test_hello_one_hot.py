"""Claims of docs/rnn-basics: the one-hot vectors and the (batch, sequence, input_dim) convention."""

import numpy as np

from tests.rnn_reference import one_hot
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("hello_one_hot")


def test_characters_are_distinct_one_hot_vectors():
    vectors = np.array([snippet.h, snippet.e, snippet.l, snippet.o])
    np.testing.assert_array_equal(vectors, np.eye(4))


def test_shapes_are_batch_sequence_input_dim():
    assert snippet.one_char.shape == (1, 1, 4)
    assert snippet.hello.shape == (1, 5, 4)
    assert snippet.batch.shape == (3, 5, 4)


def test_arrays_spell_the_words():
    np.testing.assert_array_equal(snippet.hello[0], one_hot("hello"))
    for row, word in zip(snippet.batch, ["hello", "eolll", "lleel"]):
        np.testing.assert_array_equal(row, one_hot(word))
