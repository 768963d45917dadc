"""Exercise on docs/lstm-and-gru: LSTM(return_state=True) alone returns output, h, c; output is h."""

import numpy as np

from tests.gated_reference import lstm_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_lstm_and_gru_last_only")


def test_three_tensors_of_shape_1_2():
    assert len(snippet.result) == 3
    assert [tuple(t.shape) for t in snippet.result] == [(1, 2)] * 3


def test_output_is_the_last_h_and_c_is_the_cell_state():
    hs, c = lstm_forward(snippet.x_data, *snippet.lstm.get_weights())
    np.testing.assert_array_equal(snippet.output, snippet.state_h)
    np.testing.assert_allclose(snippet.output, hs[:, -1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(snippet.state_c, c, rtol=1e-5, atol=1e-6)
    assert not np.allclose(snippet.output, snippet.state_c, atol=1e-4)
