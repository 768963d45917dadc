"""Claims of docs/text-generation, data: a public-domain poem cut into 215 windows of 16 characters."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("text_generation_data")


def test_the_snippet_names_its_public_domain_source():
    for words in ["Lewis Carroll", "Alice's Adventures in Wonderland", "1865", "Public domain", "Project Gutenberg"]:
        assert words in snippet.source


def test_the_text_is_the_poem_lowercased():
    """Two stanzas of four lines and a blank line between them; 231 characters, newlines included."""
    assert snippet.text == snippet.poem.lower()
    stanzas = snippet.text.split("\n\n")
    assert [len(stanza.strip("\n").splitlines()) for stanza in stanzas] == [4, 4]
    assert snippet.text.startswith("how doth the little crocodile\n")
    assert snippet.text.endswith("with gently smiling jaws!\n")
    assert len(snippet.text) == 231


def test_vocabulary_is_every_character_once_in_order():
    assert snippet.vocab == sorted(set(snippet.text))
    assert len(snippet.vocab) == 25
    assert "".join(snippet.vocab[i] for i in snippet.ids) == snippet.text


def test_windows_and_targets_one_character_later():
    windows = np.lib.stride_tricks.sliding_window_view(snippet.ids, 17)  # 16 inputs + 1 more
    assert len(windows) == 231 - 16
    np.testing.assert_array_equal(snippet.x_idx, windows[:, :16])
    np.testing.assert_array_equal(snippet.y_idx, windows[:, 1:])
    assert snippet.x_idx.shape == snippet.y_idx.shape == (215, 16)


def test_one_hot_shape_and_rows():
    assert snippet.x_one_hot.shape == (215, 16, 25)
    np.testing.assert_array_equal(snippet.x_one_hot.argmax(-1), snippet.x_idx)
    np.testing.assert_array_equal(snippet.x_one_hot.sum(-1), 1)


def test_first_window_and_target():
    assert "".join(snippet.vocab[i] for i in snippet.x_idx[0]) == snippet.text[:16] == "how doth the lit"
    assert "".join(snippet.vocab[i] for i in snippet.y_idx[0]) == snippet.text[1:17]
