"""Exercise on docs/rnn-basics: "hell" gives the first four steps of "hello"."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_rnn_basics_prefix")


def test_inputs_and_shapes():
    np.testing.assert_array_equal(snippet.hell[0], one_hot("hell"))
    np.testing.assert_array_equal(snippet.hello[0], one_hot("hello"))
    assert tuple(snippet.hell_outputs.shape) == (1, 4, 2)
    assert tuple(snippet.hello_outputs.shape) == (1, 5, 2)
    assert tuple(snippet.hell_states.shape) == tuple(snippet.hello_states.shape) == (1, 2)


def test_step_t_depends_only_on_the_characters_up_to_t():
    np.testing.assert_allclose(snippet.hell_outputs, snippet.hello_outputs[:, :4], rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(snippet.hell_states, snippet.hello_outputs[:, 3], rtol=1e-6, atol=1e-7)
    assert not np.allclose(snippet.hell_states, snippet.hello_states)


def test_against_the_numpy_recurrence():
    expected = simple_rnn_forward(snippet.hello, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.hello_outputs, expected, rtol=1e-5, atol=1e-6)
