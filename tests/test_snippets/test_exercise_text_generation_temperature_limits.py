"""Claims of docs/text-generation, exercise 2: T -> 0 gives the argmax one-hot, T -> infinity the uniform."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_text_generation_temperature_limits")


def test_tiny_temperature_is_one_hot_at_the_argmax():
    p = snippet.softmax_with_temperature(snippet.logits, 0.01)
    np.testing.assert_allclose(p, np.eye(4)[np.argmax(snippet.logits)], atol=1e-20)


def test_huge_temperature_is_nearly_uniform():
    p = snippet.softmax_with_temperature(snippet.logits, 100.0)
    np.testing.assert_allclose(p, 0.25, atol=0.005)
    assert np.all(np.diff(p) < 0)  # still in the order of the scores


def test_temperature_one_is_the_plain_softmax():
    e = np.exp(snippet.logits)
    np.testing.assert_allclose(snippet.softmax_with_temperature(snippet.logits, 1.0), e / e.sum())
