"""Exercise of docs/stateful-rnn: initial_state carries the state by hand, to the same final state."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_stateful_rnn_by_hand")


def test_by_hand_equals_whole_and_the_numpy_recurrence():
    assert tuple(snippet.state.shape) == (2, 4)
    np.testing.assert_array_equal(snippet.state, snippet.whole)
    expected = simple_rnn_forward(snippet.x_long, *snippet.rnn.get_weights())[:, -1]
    np.testing.assert_allclose(snippet.state, expected, rtol=1e-5, atol=1e-6)


def test_the_layer_is_not_stateful():
    assert not snippet.rnn.stateful
