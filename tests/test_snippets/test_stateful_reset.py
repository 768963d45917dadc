"""Claims of docs/stateful-rnn, reset_state(): a second call goes on; after reset_state() the first result returns."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stateful_reset")


def _forward(h0=None):
    return simple_rnn_forward(snippet.chunk, *snippet.rnn.get_weights(), h0=h0)[:, -1]


def test_the_first_call_starts_from_zeros():
    np.testing.assert_allclose(snippet.first, _forward(), rtol=1e-5, atol=1e-6)


def test_the_second_call_starts_from_the_first_calls_state():
    np.testing.assert_allclose(snippet.again, _forward(h0=snippet.first), rtol=1e-5, atol=1e-6)
    assert not np.allclose(snippet.again, snippet.first, atol=1e-3)


def test_after_reset_state_the_first_result_comes_back_exactly():
    np.testing.assert_array_equal(snippet.after_reset, snippet.first)


def test_reset_state_zeros_the_kept_state_and_reset_states_is_an_alias():
    snippet.rnn.states[0].assign(np.ones((2, 4), np.float32))
    snippet.rnn.reset_states()
    np.testing.assert_array_equal(snippet.rnn.states[0], 0)
    # the snippet ends with every stateful layer reset: leave it so


def test_a_keras_3_model_has_no_reset_method_so_the_layers_are_reset():
    assert not hasattr(snippet.model, "reset_state")
    assert not hasattr(snippet.model, "reset_states")
    stateful = [layer for layer in snippet.model.layers if getattr(layer, "stateful", False)]
    assert stateful == [snippet.rnn]
