"""Claims of docs/text-generation, data: two public-domain poems, the last stanza held out; the baselines."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("text_generation_data")


def test_the_snippet_names_its_public_domain_source():
    for words in ["Lewis Carroll", "Alice's Adventures in Wonderland", "1865", "Public domain", "Project Gutenberg"]:
        assert words in snippet.source
    assert "How\ndoth the little crocodile" in snippet.source and "You are old, Father\nWilliam" in snippet.source


def test_the_text_is_the_two_poems_lowercased():
    assert snippet.text == (snippet.crocodile + "\n" + snippet.father_william).lower()
    stanzas = snippet.text.split("\n\n")
    assert len(stanzas) == 10 and [len(s.strip("\n").splitlines()) for s in stanzas] == [4] * 10
    assert snippet.text.startswith("how doth the little crocodile\n")
    assert snippet.text.endswith("be off, or i'll kick you down stairs!\"\n")
    assert len(snippet.text) == 1651


def test_the_last_stanza_is_held_out_and_the_rest_is_for_training():
    assert snippet.train_text + snippet.val_text == snippet.text
    assert snippet.val_text == snippet.text.split("\n\n")[-1]
    assert (len(snippet.train_text), len(snippet.val_text)) == (1464, 187)
    assert snippet.val_text not in snippet.train_text


def test_vocabulary_is_every_character_once_in_order():
    assert snippet.vocab == sorted(set(snippet.text)) and snippet.vocab_size == 35
    assert "".join(snippet.vocab[i] for i in snippet.train_ids) == snippet.train_text
    assert "".join(snippet.vocab[i] for i in snippet.val_ids) == snippet.val_text


def test_training_windows_and_targets_one_character_later():
    windows = np.lib.stride_tricks.sliding_window_view(snippet.train_ids, 33)  # 32 inputs + 1 more
    assert len(windows) == 1464 - 32
    np.testing.assert_array_equal(snippet.x_idx, windows[:, :32])
    np.testing.assert_array_equal(snippet.y_idx, windows[:, 1:])
    assert snippet.x_idx.shape == snippet.y_idx.shape == (1432, 32)


def test_validation_is_the_held_out_stanza_as_one_sequence():
    assert snippet.x_val.shape == snippet.y_val.shape == (1, 186)
    np.testing.assert_array_equal(snippet.x_val[0], snippet.val_ids[:-1])
    np.testing.assert_array_equal(snippet.y_val[0], snippet.val_ids[1:])


def test_the_uniform_baseline_is_the_vocabulary_size():
    loss = -np.log(np.full(186, 1 / 35)).mean()
    np.testing.assert_allclose(np.exp(loss), 35)


def test_the_unigram_baseline_counts_the_training_characters_plus_one():
    counts = {c: snippet.train_text.count(c) + 1 for c in snippet.vocab}
    total = sum(counts.values())
    assert total == 1464 + 35
    loss = -np.mean([np.log(counts[c] / total) for c in snippet.val_text[1:]])
    np.testing.assert_allclose(snippet.unigram, [counts[c] / total for c in snippet.vocab])
    assert 20 < np.exp(loss) < 25 < 35  # the page: 22.79, below the uniform 35
    np.testing.assert_allclose(-np.log(snippet.unigram[snippet.y_val]).mean(), loss)


def test_q_occurs_only_in_the_held_out_stanza():
    assert "q" not in snippet.train_text and "questions" in snippet.val_text
