"""Claims of docs/return-sequences-and-state: what each flag combination returns, and its shapes."""

import numpy as np
import pytest

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

hello_sequence_rnn = lazy_snippet("hello_sequence_rnn")
snippet = lazy_snippet("return_sequences_state_combinations")

EXPECTED = {
    (False, False): [(1, 2)],
    (False, True): [(1, 2), (1, 2)],
    (True, False): [(1, 5, 2)],
    (True, True): [(1, 5, 2), (1, 2)],
}


def test_all_four_combinations_ran():
    assert set(snippet.results) == set(EXPECTED)


@pytest.mark.parametrize("flags", list(EXPECTED))
def test_structure_and_shapes(flags):
    result = snippet.results[flags]
    _, return_state = flags
    if return_state:
        assert isinstance(result, tuple)  # Keras 3 (tf.keras 2 returned a list; the page says so)
        shapes = [tuple(t.shape) for t in result]
    else:
        assert not isinstance(result, (tuple, list))
        shapes = [tuple(result.shape)]
    assert shapes == EXPECTED[flags]


def test_same_seed_gives_the_same_numbers_everywhere():
    full = snippet.results[(True, False)]
    np.testing.assert_array_equal(full, hello_sequence_rnn.outputs)


def test_last_output_and_state_are_the_last_step_of_the_sequence():
    full = np.asarray(snippet.results[(True, False)])
    last = full[:, -1]
    np.testing.assert_array_equal(snippet.results[(False, False)], last)
    output, state = snippet.results[(False, True)]
    np.testing.assert_array_equal(output, last)
    np.testing.assert_array_equal(state, last)
    sequence, state = snippet.results[(True, True)]
    np.testing.assert_array_equal(sequence, full)
    np.testing.assert_array_equal(state, last)


def test_numpy_recurrence_matches():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.results[(True, True)][0], expected, rtol=1e-5, atol=1e-6)


def test_an_rnn_on_top_needs_the_time_axis():
    from tensorflow.keras import layers

    on_top = layers.SimpleRNN(2)
    assert tuple(on_top(snippet.results[(True, False)]).shape) == (1, 2)
    with pytest.raises(ValueError):
        layers.SimpleRNN(2)(snippet.results[(False, False)])  # (1, 2): no time axis


def test_the_last_state_can_start_another_rnn():
    from tensorflow.keras import layers

    _, state = snippet.results[(True, True)]
    second = layers.SimpleRNN(2)
    from_zero = second(snippet.x_data)
    from_state = second(snippet.x_data, initial_state=state)
    assert tuple(from_state.shape) == (1, 2)
    assert not np.allclose(from_state, from_zero)
    # initial_state is h_0: the recurrence started from `state` instead of zeros
    weights = second.get_weights()
    np.testing.assert_allclose(
        from_state, simple_rnn_forward(snippet.x_data, *weights, h0=state)[:, -1], rtol=1e-5, atol=1e-6
    )
    np.testing.assert_allclose(from_zero, simple_rnn_forward(snippet.x_data, *weights)[:, -1], rtol=1e-5, atol=1e-6)


def test_both_options_default_to_false():
    from tensorflow.keras import layers

    rnn = layers.SimpleRNN(2)
    assert rnn.return_sequences is False and rnn.return_state is False


def test_the_snippet_counts_tensors_from_return_state_not_from_the_type():
    """tf.keras 2 returns a list where Keras 3 returns a tuple: the snippet must work with both."""
    for (_, return_state), result in snippet.results.items():
        as_list = list(result) if return_state else result
        assert len(snippet.as_tensors(as_list, return_state)) == len(snippet.as_tensors(result, return_state))
