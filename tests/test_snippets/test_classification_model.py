"""Claims of docs/sequence-classification, the model: the shapes, the mask, and both directions' last states."""

import numpy as np

from tests.classification_reference import features, probability
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("classification_model")


def _real_ids(row) -> np.ndarray:
    row = np.asarray(row)
    return row[row != 0]


def test_one_review_of_each_length_from_the_training_split():
    assert [len(t.split()) for t in snippet.batch_texts] == [12, 11, 10]
    assert set(snippet.batch_texts) <= set(snippet.train_texts)


def test_shapes():
    assert tuple(snippet.x.shape) == (3, 12)
    assert tuple(snippet.vectors.shape) == (3, 12, 8)
    assert tuple(snippet.mask.shape) == (3, 12)
    assert tuple(snippet.features.shape) == (3, 32)
    assert tuple(snippet.probabilities.shape) == (3, 1)
    assert snippet.vocab_size == 21
    assert snippet.embedding.get_weights()[0].shape == (21, 8)


def test_the_mask_is_false_exactly_on_the_padding():
    np.testing.assert_array_equal(snippet.mask, np.asarray(snippet.x) != 0)
    np.testing.assert_array_equal(np.asarray(snippet.mask).sum(axis=1), [12, 11, 10])


def test_vectors_are_rows_of_the_embedding_table():
    table = snippet.embedding.get_weights()[0]
    np.testing.assert_array_equal(snippet.vectors, table[np.asarray(snippet.x)])


def test_features_are_the_forward_and_backward_last_states_of_the_real_words():
    weights = snippet.model.get_weights()
    for row, got in zip(np.asarray(snippet.x), np.asarray(snippet.features)):
        np.testing.assert_allclose(got, features(_real_ids(row), weights), rtol=1e-4, atol=1e-6)


def test_probabilities_follow_from_the_features_and_match_the_model():
    weights = snippet.model.get_weights()
    expected = [probability(_real_ids(row), weights) for row in np.asarray(snippet.x)]
    np.testing.assert_allclose(np.asarray(snippet.probabilities)[:, 0], expected, rtol=1e-5)
    np.testing.assert_allclose(snippet.probabilities, snippet.model(snippet.x), rtol=1e-6)
    assert np.all(np.abs(np.asarray(snippet.probabilities) - 0.5) < 0.01)  # untrained: near a coin flip
