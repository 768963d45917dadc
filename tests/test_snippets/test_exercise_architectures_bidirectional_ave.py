"""Exercise on docs/architectures: merge_mode='ave' keeps the width; two directions, twice the parameters."""

import numpy as np

from tests.rnn_reference import simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_architectures_bidirectional_ave")


def test_shape_and_parameters():
    assert tuple(snippet.bi(snippet.x_data).shape) == (3, 5, 3)
    assert snippet.bi.count_params() == 2 * snippet.single.count_params() == 2 * (4 * 3 + 3 * 3 + 3)


def test_ave_is_the_mean_of_the_two_directions():
    x = np.asarray(snippet.x_data)
    forward = simple_rnn_forward(x, *snippet.bi.forward_layer.get_weights())
    backward = simple_rnn_forward(x[:, ::-1], *snippet.bi.backward_layer.get_weights())[:, ::-1]
    np.testing.assert_allclose(snippet.bi(x), (forward + backward) / 2, rtol=1e-5, atol=1e-6)
