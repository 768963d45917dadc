"""Exercise on docs/lstm-and-gru: parameter counts for units=16 on 10-dimensional input."""

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_lstm_and_gru_param_count")


def test_counts_match_keras():
    from tensorflow.keras import layers

    shape = (None, 5, snippet.input_dimension)
    built = {}
    for name, layer in {
        "simple_rnn": layers.SimpleRNN(16),
        "lstm": layers.LSTM(16),
        "gru": layers.GRU(16),
        "gru_reset_before": layers.GRU(16, reset_after=False),
    }.items():
        layer.build(shape)
        built[name] = layer.count_params()
    assert built == {name: getattr(snippet, name) for name in built}
    assert snippet.lstm == 4 * snippet.simple_rnn
