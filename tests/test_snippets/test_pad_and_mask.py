"""Claims of docs/variable-length-sequences, padding: post padding, (4, 5) ids, (4, 5, 3) vectors, a (4, 5) mask."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("pad_and_mask")


def _pad(words: list[str], front: bool) -> np.ndarray:
    """Ids 1..4 for h, e, l, o and 0 for padding, padded by hand to the longest word."""
    steps = max(len(w) for w in words)
    rows = []
    for word in words:
        ids = ["_helo".index(c) for c in word]
        zeros = [0] * (steps - len(ids))
        rows.append(zeros + ids if front else ids + zeros)
    return np.array(rows)


def test_index_zero_is_kept_for_padding():
    assert snippet.idx2char[0] == "<pad>"
    assert all(0 not in seq for seq in snippet.sequences)


def test_post_padding_puts_the_zeros_after_each_word():
    assert snippet.padded.shape == (4, 5)
    np.testing.assert_array_equal(snippet.padded, _pad(snippet.words, front=False))


def test_the_default_pads_at_the_front():
    np.testing.assert_array_equal(snippet.padded_pre, _pad(snippet.words, front=True))


def test_shapes():
    assert tuple(snippet.embedded.shape) == (4, 5, snippet.embedding_size) == (4, 5, 3)
    assert tuple(snippet.mask.shape) == (4, 5)


def test_the_mask_is_true_exactly_on_the_real_steps():
    lengths = np.array([len(w) for w in snippet.words])
    np.testing.assert_array_equal(snippet.mask, np.arange(5) < lengths[:, None])
    np.testing.assert_array_equal(snippet.mask, snippet.padded != 0)


def test_each_step_is_its_ids_row_of_the_embedding_so_padding_is_row_0_not_zeros():
    table = snippet.embedding.get_weights()[0]
    assert table.shape == (len(snippet.idx2char), snippet.embedding_size)
    np.testing.assert_allclose(snippet.embedded, table[snippet.padded], rtol=0, atol=0)
    assert np.abs(table[0]).max() > 0
    oh = np.asarray(snippet.embedded[3])
    np.testing.assert_array_equal(oh[2:], np.broadcast_to(table[0], (3, 3)))


def test_an_embedding_is_a_dense_without_bias_on_one_hot_vectors():
    table = snippet.embedding.get_weights()[0]
    one_hot = np.eye(len(snippet.idx2char))[snippet.padded]
    np.testing.assert_allclose(one_hot @ table, snippet.embedded, rtol=1e-6, atol=1e-7)
