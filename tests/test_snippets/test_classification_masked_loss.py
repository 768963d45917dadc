"""Claims of docs/sequence-classification, the masked loss: padding does not count, and without the mask it does."""

import numpy as np

from tests.classification_reference import binary_cross_entropy, probability
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("classification_data")
snippet = lazy_snippet("classification_masked_loss")


def test_same_data_as_the_data_snippet():
    assert snippet.train_texts == data.train_texts
    np.testing.assert_array_equal(snippet.y_train, data.y_train)


def test_the_batch_has_reviews_of_10_to_12_words_padded_to_12():
    lengths = [len(t.split()) for t in snippet.texts]
    assert sorted(set(lengths)) == [10, 11, 12]
    assert tuple(snippet.x.shape) == (5, 12)


def test_the_two_models_share_their_weights_but_not_the_mask():
    for a, b in zip(snippet.model.get_weights(), snippet.unmasked.get_weights()):
        np.testing.assert_array_equal(a, b)
    assert snippet.model.layers[0].mask_zero and not snippet.unmasked.layers[0].mask_zero


def test_padded_probabilities_equal_each_review_read_alone():
    np.testing.assert_allclose(snippet.padded, snippet.alone, rtol=1e-6, atol=1e-7)


def test_the_padded_loss_is_the_loss_of_the_unpadded_reviews_computed_in_numpy():
    """Each review's own words only, through a NumPy Bidirectional LSTM, then the mean cross-entropy."""
    weights = snippet.model.get_weights()
    vocab = snippet.vectorize.get_vocabulary()
    ids = [np.array([vocab.index(w) for w in t.split()]) for t in snippet.texts]
    expected = np.array([probability(i, weights) for i in ids])
    np.testing.assert_allclose(snippet.padded, expected, rtol=1e-5)
    loss = binary_cross_entropy(snippet.labels, expected)
    np.testing.assert_allclose(snippet.loss_padded, loss, rtol=1e-5)
    np.testing.assert_allclose(snippet.loss_alone, loss, rtol=1e-5)


def test_without_the_mask_the_padding_is_read_and_the_loss_changes():
    weights = snippet.model.get_weights()
    rows = np.asarray(snippet.x)
    expected = np.array([probability(row, weights) for row in rows])  # padding index 0 read as a word
    np.testing.assert_allclose(snippet.no_mask, expected, rtol=1e-5)
    np.testing.assert_allclose(snippet.loss_no_mask, binary_cross_entropy(snippet.labels, expected), rtol=1e-5)
    assert abs(snippet.loss_no_mask - snippet.loss_padded) > 1e-4
    full = (rows != 0).all(axis=1)  # a 12-word review has no padding: the mask changes nothing there
    assert full.any()
    np.testing.assert_allclose(snippet.no_mask[full], snippet.padded[full], rtol=1e-6)
    assert (np.abs(snippet.no_mask[~full] - snippet.padded[~full]) > 1e-5).all()
