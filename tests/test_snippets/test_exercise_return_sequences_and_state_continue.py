"""Exercise on docs/return-sequences-and-state: "hel" then "lo" from its state equals "hello" at once."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_return_sequences_and_state_continue")


def test_carrying_the_state_gives_the_whole_sequences_outputs():
    assert snippet.joined.shape == (1, 5, 2)
    np.testing.assert_allclose(snippet.joined, snippet.whole_outputs, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.rest_states, snippet.whole_states, rtol=1e-5, atol=1e-6)


def test_the_second_part_started_from_the_given_state():
    weights = snippet.rnn.get_weights()
    from_state = simple_rnn_forward(snippet.hello[:, 3:], *weights, h0=np.asarray(snippet.first_states))
    np.testing.assert_allclose(snippet.rest_outputs, from_state, rtol=1e-5, atol=1e-6)
    from_zero = simple_rnn_forward(snippet.hello[:, 3:], *weights)
    assert not np.allclose(snippet.rest_outputs, from_zero, atol=1e-3)
