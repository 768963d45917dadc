"""Exercise on docs/rnn-basics: 4 words of 6 characters, hidden_size 3: (4, 6, 4) -> (4, 6, 3) and (4, 3)."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_rnn_basics_batch_shapes")


def test_the_input_is_the_one_hot_words():
    assert snippet.x_data.shape == (4, 6, 4)
    for row, word in zip(snippet.x_data, snippet.words, strict=True):
        np.testing.assert_array_equal(row, one_hot(word))


def test_shapes_are_those_keras_gives():
    from tensorflow.keras import layers

    outputs, states = layers.SimpleRNN(3, return_sequences=True, return_state=True)(snippet.x_data)
    assert snippet.outputs.shape == tuple(outputs.shape) == (4, 6, 3)
    assert snippet.states.shape == tuple(states.shape) == (4, 3)


def test_the_numpy_loop_is_the_recurrence():
    expected = simple_rnn_forward(snippet.x_data, snippet.kernel, snippet.recurrent_kernel, snippet.bias)
    np.testing.assert_allclose(snippet.outputs, expected)
    np.testing.assert_array_equal(snippet.states, snippet.outputs[:, -1])
