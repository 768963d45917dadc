"""Exercise on docs/architectures: the shapes through Bidirectional(LSTM) -> LSTM -> Dense, read from Keras."""

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_architectures_stack_shapes")


def test_the_snippet_builds_the_layers_rather_than_writing_the_shapes_down():
    from tensorflow.keras import layers

    bi, lstm, dense = snippet.stack
    assert isinstance(bi, layers.Bidirectional) and bi.forward_layer.return_sequences
    assert isinstance(lstm, layers.LSTM) and not lstm.return_sequences and lstm.units == 3
    assert isinstance(dense, layers.Dense) and dense.units == 5
    assert all(layer.built for layer in snippet.stack)


def test_shapes_follow_the_pages_rules():
    """return_sequences keeps the time axis, concat doubles 4 to 8; the LSTM keeps the last step; Dense the last axis."""
    assert snippet.shapes == [(8, 10, 6), (8, 10, 2 * 4), (8, 3), (8, 5)]


def test_the_printed_shapes_are_those_of_a_keras_model():
    from tensorflow import keras
    from tensorflow.keras import layers

    model = keras.Sequential(
        [
            keras.Input(shape=(10, 6), batch_size=8),
            layers.Bidirectional(layers.LSTM(4, return_sequences=True)),
            layers.LSTM(3),
            layers.Dense(5),
        ]
    )
    assert snippet.shapes[1:] == [tuple(layer.output.shape) for layer in model.layers]
