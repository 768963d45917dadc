"""Claims of docs/architectures, many-to-many: (3, 5, 4) -> outputs (3, 5, 2) -> logits (3, 5, 4)."""

import numpy as np

from tests.rnn_reference import one_hot, simple_rnn_forward
from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("many_to_many_time_distributed")


def test_input_is_the_three_words():
    for row, word in zip(snippet.x_data, ["hello", "eolll", "lleel"]):
        np.testing.assert_array_equal(row, one_hot(word))


def test_shapes_keep_the_time_axis():
    assert snippet.x_data.shape == (3, 5, 4)
    assert tuple(snippet.outputs.shape) == (3, 5, snippet.hidden_size) == (3, 5, 2)
    assert tuple(snippet.logits.shape) == (3, 5, snippet.num_classes) == (3, 5, 4)
    assert tuple(snippet.dense_logits.shape) == (3, 5, 4)


def test_rnn_returns_every_step():
    expected = simple_rnn_forward(snippet.x_data, *snippet.rnn.get_weights())
    np.testing.assert_allclose(snippet.outputs, expected, rtol=1e-5, atol=1e-6)


def test_time_distributed_applies_the_same_dense_to_each_step():
    assert snippet.time_distributed.layer is snippet.dense
    kernel, bias = snippet.dense.get_weights()
    outputs = np.asarray(snippet.outputs)
    for t in range(outputs.shape[1]):
        np.testing.assert_allclose(snippet.logits[:, t], outputs[:, t] @ kernel + bias, rtol=1e-5, atol=1e-6)


def test_dense_on_the_3d_tensor_gives_the_same_logits():
    np.testing.assert_allclose(snippet.dense_logits, snippet.logits, rtol=1e-6, atol=1e-7)


def test_targets_of_shape_3_5_fit_these_logits_one_class_index_per_step():
    """The page: the targets would be (3, 5), one class index per word and time step."""
    from tensorflow import keras

    targets = np.array([[1, 2, 2, 3, 0], [3, 2, 2, 2, 0], [2, 1, 1, 2, 0]])  # any class indices
    assert targets.shape == (3, 5) == tuple(snippet.logits.shape[:2])
    z = np.asarray(snippet.logits, dtype=np.float64)
    log_probs = z - z.max(-1, keepdims=True)
    log_probs -= np.log(np.exp(log_probs).sum(-1, keepdims=True))
    expected = -np.take_along_axis(log_probs, targets[..., None], axis=-1).mean()
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(targets, snippet.logits)
    np.testing.assert_allclose(float(loss), expected, rtol=1e-5)
