"""Exercise on docs/architectures: the shapes through Bidirectional(LSTM) -> LSTM -> Dense."""

import contextlib
import io
import re
import runpy

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_architectures_stack_shapes")


def test_printed_shapes_are_the_models_shapes():
    from tensorflow import keras
    from tensorflow.keras import layers

    model = keras.Sequential(
        [
            keras.Input(shape=(10, 6)),
            layers.Bidirectional(layers.LSTM(4, return_sequences=True)),
            layers.LSTM(3),
            layers.Dense(5),
        ]
    )
    expected = [(8, 10, 6)] + [(8, *layer.output.shape[1:]) for layer in model.layers]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(snippet.__file__)
    printed = [
        tuple(int(n) for n in re.findall(r"\d+", line.rsplit(":", 1)[1])) for line in out.getvalue().splitlines()
    ]
    assert printed == expected
    assert snippet.shape == (8, 5)
