"""Exercise on docs/return-sequences-and-state: the four combinations for SimpleRNN(3) on (2, 7, 4)."""

import numpy as np
import pytest

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_return_sequences_and_state_table")


def _printed():
    import contextlib
    import io
    import runpy

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(snippet.__file__)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("return_sequences", [False, True])
@pytest.mark.parametrize("return_state", [False, True])
def test_printed_shapes_are_what_keras_returns(return_sequences, return_state):
    from tensorflow.keras import layers

    x = np.zeros((2, 7, 4), dtype=np.float32)
    result = layers.SimpleRNN(3, return_sequences=return_sequences, return_state=return_state)(x)
    tensors = list(result) if return_state else [result]
    shapes = [tuple(t.shape) for t in tensors]
    line = next(
        row
        for row in _printed()
        if row.startswith(f"return_sequences={return_sequences!s:<5} return_state={return_state!s:<5}")
    )
    assert line.endswith(f"-> {shapes}")
