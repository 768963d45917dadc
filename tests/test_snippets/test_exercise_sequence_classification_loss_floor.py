"""Exercise of docs/sequence-classification: ln 2 for a coin, and the floor the flipped labels leave."""

import numpy as np

from tests.review_rule import rule_labels
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("classification_data")
snippet = lazy_snippet("exercise_sequence_classification_loss_floor")


def _cross_entropy(labels, p):
    labels, p = np.asarray(labels, dtype=np.float64), np.asarray(p, dtype=np.float64)
    return float(-np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p)))


def test_same_validation_split_as_the_data_snippet():
    assert snippet.val_texts == data.val_texts
    np.testing.assert_array_equal(snippet.y_val, data.y_val)


def test_the_flipped_share_is_against_the_rule():
    np.testing.assert_array_equal(snippet.y_rule, rule_labels(snippet.val_texts))
    assert snippet.flipped == np.mean(snippet.y_val != rule_labels(snippet.val_texts)) == 0.1


def test_a_coin_loses_ln_2_whatever_the_labels():
    loss = snippet.binary_cross_entropy(snippet.y_val, snippet.coin)
    np.testing.assert_allclose(loss, np.log(2), rtol=1e-12)
    np.testing.assert_allclose(loss, _cross_entropy(snippet.y_val, snippet.coin), rtol=1e-12)


def test_knowing_the_rule_leaves_the_entropy_of_the_flips():
    loss = snippet.binary_cross_entropy(snippet.y_val, snippet.knows_rule)
    np.testing.assert_allclose(loss, _cross_entropy(snippet.y_val, snippet.knows_rule), rtol=1e-12)
    np.testing.assert_allclose(loss, -(0.9 * np.log(0.9) + 0.1 * np.log(0.1)), rtol=1e-12)


def test_no_other_confidence_in_the_rule_loses_less():
    """The solution's claim: answering p for the rule's label, p = 0.9 (one minus the flipped share) is best."""
    floor = snippet.binary_cross_entropy(snippet.y_val, snippet.knows_rule)
    for p in np.linspace(0.5, 0.999, 500):
        answers = np.where(snippet.y_rule, p, 1 - p)
        assert _cross_entropy(snippet.y_val, answers) >= floor - 1e-12
