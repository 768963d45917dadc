"""Exercise on docs/inside-the-cell: h_1 and h_2 for "he" by hand equal a SimpleRNN with those weights."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_inside_the_cell_by_hand")


def test_the_hand_computation_is_what_simple_rnn_computes():
    from tensorflow.keras import layers

    x = np.stack([snippet.h, snippet.e])[None].astype(np.float32)  # (1, 2, 4)
    rnn = layers.SimpleRNN(2, return_sequences=True)
    rnn.build(x.shape)
    rnn.set_weights([snippet.kernel, snippet.recurrent_kernel, snippet.bias])
    outputs = np.asarray(rnn(x))[0]
    np.testing.assert_allclose(outputs[0], snippet.h_1, rtol=1e-6)
    np.testing.assert_allclose(outputs[1], snippet.h_2, rtol=1e-6)


def test_the_shortcuts_the_solution_names():
    """h_1 = tanh(kernel[0] + bias); h_1 @ recurrent_kernel swaps h_1's two entries."""
    np.testing.assert_allclose(snippet.h_1, np.tanh(snippet.kernel[0] + snippet.bias))
    np.testing.assert_allclose(snippet.h_1 @ snippet.recurrent_kernel, snippet.h_1[::-1])
