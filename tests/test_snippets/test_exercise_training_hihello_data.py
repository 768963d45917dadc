"""Exercise on docs/training-hihello: the next-character data for 'abracadabra'."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_training_hihello_data")


def test_vocabulary_and_shapes():
    assert snippet.idx2char == list("abcdr")
    assert snippet.x_one_hot.shape == (1, 10, 5)
    assert snippet.y_data.shape == (1, 10)


def test_targets_are_the_inputs_shifted_by_one():
    inputs = "".join(snippet.idx2char[i] for i in snippet.x_one_hot[0].argmax(-1))
    targets = "".join(snippet.idx2char[i] for i in snippet.y_data[0])
    assert inputs == "abracadabr" and targets == "bracadabra"
    np.testing.assert_array_equal(snippet.x_one_hot[0].sum(-1), 1)
