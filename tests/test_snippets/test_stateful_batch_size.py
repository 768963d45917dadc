"""Claims of docs/stateful-rnn, batch size: one kept state row per sequence; another batch size is refused."""

import tensorflow as tf

from tests.keras_versions import before_keras, requires_keras
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stateful_batch_size")


def test_one_state_row_per_sequence_of_the_fixed_batch():
    assert tuple(snippet.rnn.states[0].shape) == (2, 4)
    assert snippet.three.shape == (3, 4, 3)


def test_a_batch_of_three_is_refused_on_every_keras_3():
    assert isinstance(snippet.refused, (ValueError, tf.errors.InvalidArgumentError))
    assert snippet.wrong_batch, "no line of the error is about the batch size or the shapes"


@requires_keras("3.12", "the stateful RNN checks the batch size and names both sizes in a ValueError")
def test_a_batch_of_three_is_refused_naming_both_sizes():
    assert isinstance(snippet.refused, ValueError)
    text = "\n".join(snippet.wrong_batch)
    assert "Expected batch size: 2" in text
    assert "Received batch size: 3" in text


@before_keras("3.12", "older Keras 3 has no batch-size check: the state and input rows fail to add")
def test_older_keras_fails_on_the_shapes():
    assert isinstance(snippet.refused, tf.errors.InvalidArgumentError)


def test_an_input_without_a_batch_size_is_refused():
    assert any("batch size must be static" in line for line in snippet.no_batch)


def test_the_printed_lines_carry_no_terminal_codes():
    assert not any("\x1b" in line for line in snippet.wrong_batch + snippet.no_batch)
