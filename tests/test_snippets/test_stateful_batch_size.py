"""Claims of docs/stateful-rnn, batch size: one kept state row per sequence; another batch size is refused."""

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("stateful_batch_size")


def test_one_state_row_per_sequence_of_the_fixed_batch():
    assert tuple(snippet.rnn.states[0].shape) == (2, 4)
    assert snippet.three.shape == (3, 4, 3)


def test_a_batch_of_three_is_refused_naming_both_sizes():
    text = "\n".join(snippet.wrong_batch)
    assert "Expected batch size: 2" in text
    assert "Received batch size: 3" in text


def test_an_input_without_a_batch_size_is_refused():
    assert any("batch size must be static" in line for line in snippet.no_batch)


def test_the_printed_lines_carry_no_terminal_codes():
    assert not any("\x1b" in line for line in snippet.wrong_batch + snippet.no_batch)
