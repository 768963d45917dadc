"""Exercise of docs/sequence-classification: the test reviews grouped by bag of words, and what counts can reach."""

from collections import Counter

import numpy as np

from tests.review_rule import bag, best_bag_of_words_accuracy, rule_labels
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("classification_data")
snippet = lazy_snippet("exercise_sequence_classification_bags")


def test_same_test_split_as_the_data_snippet():
    assert snippet.test_texts == data.test_texts


def test_the_groups_are_the_bags_of_words_of_the_test_split():
    bags = Counter(bag(text) for text in snippet.test_texts)
    assert len(snippet.groups) == len(bags) == 178
    assert snippet.sizes == Counter(bags.values())
    assert sorted(snippet.sizes) == [2, 4, 6]  # a pair, or two or three pairs with the same words


def test_its_rule_label_is_the_pages_rule():
    for text in snippet.test_texts:
        assert snippet.rule_label(text) == rule_labels([text])[0]


def test_every_bag_is_half_positive_and_counts_alone_reach_one_half():
    assert all(2 * sum(labels) == len(labels) for labels in snippet.groups.values())
    labels = rule_labels(snippet.test_texts)
    assert snippet.best / len(snippet.test_texts) == best_bag_of_words_accuracy(snippet.test_texts, labels) == 0.5


def test_the_solution_uses_no_tensorflow():
    assert "tensorflow" not in open(snippet.__file__, encoding="utf-8").read()
    assert isinstance(snippet.y_test, np.ndarray)
