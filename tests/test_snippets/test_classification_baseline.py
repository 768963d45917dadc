"""Claims of docs/sequence-classification, the baselines: the majority label and a bag-of-words model."""

from collections import Counter

import numpy as np

from tests.review_rule import best_bag_of_words_accuracy, rule_labels
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("classification_data")
snippet = lazy_snippet("classification_baseline")


def test_same_data_as_the_data_snippet():
    assert snippet.train_texts == data.train_texts and snippet.test_texts == data.test_texts
    np.testing.assert_array_equal(snippet.y_test, data.y_test)


def test_majority_baseline():
    ones = int(np.sum(snippet.y_train))
    majority = 1 if ones >= len(snippet.y_train) - ones else 0
    assert snippet.majority == majority
    assert snippet.majority_accuracy == np.mean(np.asarray(snippet.y_test) == majority)


def test_count_rows_are_word_counts():
    vocab = snippet.count.get_vocabulary()
    assert vocab[0] == "[UNK]" and len(vocab) == 20  # no padding column in a row of counts
    assert tuple(snippet.counts_train.shape) == (1000, 20)
    for review, row in zip(snippet.train_texts[:50], np.asarray(snippet.counts_train)):
        words = Counter(review.split())
        assert [words[w] for w in vocab] == list(row)


def test_twins_get_the_same_counts_and_the_same_probability():
    first, second = snippet.twin_texts
    assert sorted(first.split()) == sorted(second.split()) and first != second
    assert rule_labels([first, second]).tolist() in ([0, 1], [1, 0])
    np.testing.assert_array_equal(snippet.twin_counts[0], snippet.twin_counts[1])
    assert snippet.twin_p[0] == snippet.twin_p[1]


def test_the_bag_of_words_model_is_no_better_than_a_coin_on_the_rule():
    """Against the rule's labels it is exactly half right: twins, same answer, opposite labels."""
    predicted = np.asarray(snippet.bag_of_words(snippet.counts_test))[:, 0] > 0.5
    assert np.mean(predicted == rule_labels(snippet.test_texts)) == 0.5
    np.testing.assert_allclose(snippet.bow_accuracy, np.mean(predicted == snippet.y_test), rtol=1e-6)


def test_both_baselines_stay_near_one_half():
    best = best_bag_of_words_accuracy(snippet.test_texts, snippet.y_test)
    assert snippet.bow_accuracy <= best < 0.6
    assert 0.4 < snippet.majority_accuracy < 0.6 and 0.4 < snippet.bow_accuracy < 0.6
    assert 0.4 < snippet.bow_train_accuracy < 0.6
