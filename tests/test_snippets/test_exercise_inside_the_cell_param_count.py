"""Exercise on docs/inside-the-cell: SimpleRNN(8) on 10-dimensional input has 152 parameters."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_inside_the_cell_param_count")


def test_the_layer_was_built_for_ten_dimensional_input():
    assert snippet.rnn.built
    assert snippet.input_dimension == 10 and snippet.rnn.units == 8


def test_weight_shapes_are_the_rule_of_the_page():
    # kernel (input_dimension, hidden_size), recurrent_kernel (hidden_size, hidden_size), bias (hidden_size,)
    shapes = {w.name.split("/")[-1]: tuple(w.shape) for w in snippet.rnn.weights}
    assert shapes == {"kernel": (10, 8), "recurrent_kernel": (8, 8), "bias": (8,)}


def test_count_is_the_sum_of_the_weight_sizes():
    sizes = [int(np.prod(w.shape)) for w in snippet.rnn.weights]
    assert snippet.rnn.count_params() == sum(sizes) == 10 * 8 + 8 * 8 + 8 == 152
