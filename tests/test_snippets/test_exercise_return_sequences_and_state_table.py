"""Exercise on docs/return-sequences-and-state: the four combinations for SimpleRNN(3) on (2, 7, 4)."""

import contextlib
import io
import runpy

import pytest

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_return_sequences_and_state_table")

BATCH, STEPS, UNITS = 2, 7, 3
# The rule of the page's table, written out independently of Keras
EXPECTED = {
    (False, False): [(BATCH, UNITS)],
    (True, False): [(BATCH, STEPS, UNITS)],
    (False, True): [(BATCH, UNITS), (BATCH, UNITS)],
    (True, True): [(BATCH, STEPS, UNITS), (BATCH, UNITS)],
}


def test_input_shape():
    assert snippet.x_data.shape == (BATCH, STEPS, 4)


def test_keras_returned_what_the_table_says():
    assert snippet.returned == EXPECTED


@pytest.fixture(scope="module")
def printed():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(snippet.__file__)
    return out.getvalue().splitlines()


@pytest.mark.parametrize(("return_sequences", "return_state"), sorted(EXPECTED))
def test_each_combination_is_printed_with_its_shapes(printed, return_sequences, return_state):
    prefix = f"return_sequences={return_sequences!s:<5} return_state={return_state!s:<5}"
    assert f"{prefix} -> {EXPECTED[return_sequences, return_state]}" in printed
