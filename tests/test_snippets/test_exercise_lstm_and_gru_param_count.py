"""Exercise on docs/lstm-and-gru: parameter counts for units=16 on 10-dimensional input, asked of Keras."""

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_lstm_and_gru_param_count")


def test_counts_match_the_weight_shapes():
    n, u = snippet.input_dimension, snippet.units
    assert (n, u) == (10, 16)
    block = n * u + u * u  # kernel and recurrent kernel of one block
    assert snippet.counts == {
        "SimpleRNN": block + u,
        "LSTM": 4 * (block + u),
        "GRU (reset_after=True)": 3 * (block + 2 * u),
        "GRU (reset_after=False)": 3 * (block + u),
    }


def test_the_snippet_asks_keras_not_a_formula():
    for name, layer in snippet.built.items():
        assert snippet.counts[name] == sum(int(w.numpy().size) for w in layer.weights)
    assert tuple(snippet.built["GRU (reset_after=True)"].weights[2].shape) == (2, 48)
    assert tuple(snippet.built["GRU (reset_after=False)"].weights[2].shape) == (48,)
