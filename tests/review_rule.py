"""The rule of docs/sequence-classification's reviews, written from the page, not from the snippets.

A review is two clauses joined by "and": "the <subject> was [really] [not] <word>". One clause has a
positive word, the other a negative word, and exactly one clause has "not", which flips its word.
The label is 1 when both clauses end up positive ("not" before the negative word), 0 otherwise.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

SUBJECTS = {"food", "service", "room", "staff", "view", "price"}
POSITIVE = {"good", "great", "nice", "fine"}
NEGATIVE = {"bad", "awful", "poor", "terrible"}


def clause_is_positive(clause: str) -> bool:
    words = clause.split()
    assert words[-1] in POSITIVE | NEGATIVE, clause
    return (words[-1] in POSITIVE) != ("not" in words)


def rule_label(review: str) -> int:
    """1 if every clause reads positive once "not" has flipped its word, 0 if every clause reads negative."""
    moods = {clause_is_positive(clause) for clause in review.split(" and ")}
    assert len(moods) == 1, f"the clauses disagree: {review!r}"
    return int(moods.pop())


def rule_labels(reviews: list[str]) -> np.ndarray:
    return np.array([rule_label(review) for review in reviews])


def bag(review: str) -> tuple[tuple[str, int], ...]:
    """The review as a bag of words: each word and how often it occurs, order forgotten."""
    return tuple(sorted(Counter(review.split()).items()))


def best_bag_of_words_accuracy(reviews: list[str], labels: np.ndarray) -> float:
    """The highest accuracy any function of the bag of words can reach on these reviews and labels.

    Reviews with the same bag must get the same answer; the best answer for a bag is its more
    common label there. No bag-of-words model, however trained, can do better on this split.
    """
    by_bag: dict[tuple[tuple[str, int], ...], Counter[int]] = {}
    for review, label in zip(reviews, labels):
        by_bag.setdefault(bag(review), Counter())[int(label)] += 1
    return sum(max(counts.values()) for counts in by_bag.values()) / len(reviews)
