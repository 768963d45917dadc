"""Claims of docs/long-range-memory, exercise 2: the forget gate to the power of the distance."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_long_range_memory_forget")


def test_keras_forget_bias_leaves_a_tiny_fraction_after_24_steps():
    f = 1 / (1 + np.exp(-1.0))
    assert abs(f - 0.731) < 1e-3 and f**24 < 1e-3  # the page: about 5e-4


def test_the_half_keeping_gate_and_its_bias():
    f = snippet.f_half
    np.testing.assert_allclose(f**24, 0.5)
    bias = np.log(f / (1 - f))
    np.testing.assert_allclose(snippet.sigmoid(bias), f)
    assert 3.0 < bias < 5.0  # between the two larger biases the exercise prints
    assert snippet.sigmoid(3.0) ** 24 < 0.5 < snippet.sigmoid(5.0) ** 24
