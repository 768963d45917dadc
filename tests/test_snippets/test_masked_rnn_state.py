"""Claims of docs/variable-length-sequences, masks: masked steps repeat the last output; the state is the last real step."""

import numpy as np

from tests.rnn_reference import masked_simple_rnn_forward, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("masked_rnn_state")


def _vectors(ids: np.ndarray) -> np.ndarray:
    return snippet.embedding.get_weights()[0][ids]


def _lengths() -> np.ndarray:
    return np.array([len(w) for w in snippet.words])


def test_shapes():
    assert snippet.padded.shape == (4, 5)
    assert tuple(snippet.outputs.shape) == (4, 5, snippet.hidden_size) == (4, 5, 2)
    assert tuple(snippet.states.shape) == (4, 2)


def test_outputs_follow_the_recurrence_on_real_steps_and_stand_still_on_masked_ones():
    mask = np.arange(5) < _lengths()[:, None]
    expected = masked_simple_rnn_forward(_vectors(snippet.padded), mask, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)


def test_masked_steps_carry_the_last_real_output_forward():
    outputs = np.asarray(snippet.outputs)
    for i, n in enumerate(_lengths()):
        for t in range(n, 5):
            np.testing.assert_array_equal(outputs[i, t], outputs[i, n - 1])
    assert snippet.words[2] == "lol"


def test_the_state_is_the_output_at_the_last_real_step():
    outputs = np.asarray(snippet.outputs)
    np.testing.assert_array_equal(snippet.states, outputs[np.arange(4), _lengths() - 1])


def test_the_state_equals_a_run_on_the_unpadded_word():
    np.testing.assert_allclose(snippet.lol_state[0], snippet.states[2], rtol=1e-6, atol=1e-7)
    alone = simple_rnn_forward(_vectors(snippet.lol), *snippet.rnn.get_weights())[0, -1]
    np.testing.assert_allclose(snippet.lol_state[0], alone, rtol=1e-5, atol=1e-6)
    assert snippet.lol.shape == (1, 3)


def test_without_the_mask_the_padding_is_read_and_the_state_changes():
    expected = simple_rnn_forward(_vectors(snippet.padded), *snippet.rnn.get_weights())[:, -1]
    np.testing.assert_allclose(snippet.unmasked_states, expected, rtol=1e-5, atol=1e-6)
    assert not np.allclose(snippet.unmasked_states[2], snippet.lol_state[0], atol=1e-3)
    # the full-length word has no padding, so the mask changes nothing there
    np.testing.assert_allclose(snippet.unmasked_states[0], snippet.states[0], rtol=1e-5, atol=1e-6)


def test_zero_output_for_mask_gives_zeros_on_masked_steps_instead():
    """The page's aside: pass zero_output_for_mask=True for zeros; the state is unchanged."""
    from tensorflow.keras import layers

    rnn = layers.SimpleRNN(snippet.hidden_size, return_sequences=True, return_state=True, zero_output_for_mask=True)
    embedded = snippet.embedding(snippet.padded)
    rnn(embedded)
    rnn.set_weights(snippet.rnn.get_weights())
    outputs, states = rnn(embedded)
    mask = np.arange(5) < _lengths()[:, None]
    np.testing.assert_array_equal(np.asarray(outputs)[~mask], 0)
    np.testing.assert_allclose(np.asarray(outputs)[mask], np.asarray(snippet.outputs)[mask], rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(states, snippet.states, rtol=1e-6, atol=1e-7)
