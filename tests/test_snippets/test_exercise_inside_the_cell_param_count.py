"""Exercise on docs/inside-the-cell: SimpleRNN(8) on 10-dimensional input has 152 parameters."""

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_inside_the_cell_param_count")


def test_shapes_and_count_match_keras():
    from tensorflow.keras import layers

    rnn = layers.SimpleRNN(snippet.hidden_size)
    rnn.build((None, 5, snippet.input_dimension))
    assert {w.name: tuple(w.shape) for w in rnn.weights} == snippet.shapes
    assert snippet.total == rnn.count_params() == 10 * 8 + 8 * 8 + 8
