"""Exercise of docs/sequence-classification: the classifier's weights, counted by hand and by Keras."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_sequence_classification_param_count")
model_snippet = lazy_snippet("classification_model")


def test_the_sizes_are_the_lessons_model():
    embedding, bidirectional, _ = model_snippet.model.layers
    sizes = (model_snippet.vocab_size, embedding.output_dim, bidirectional.forward_layer.units)
    assert (snippet.vocab_size, snippet.embedding_dim, snippet.units) == sizes == (21, 8, 16)


def test_counts_by_hand_match_keras_layer_by_layer():
    assert snippet.by_hand == [layer.count_params() for layer in snippet.model.layers] == [168, 3200, 33]
    assert sum(snippet.by_hand) == snippet.model.count_params() == 3401


def test_counts_are_the_sizes_of_the_weight_arrays():
    sizes = [sum(int(np.prod(w.shape)) for w in layer.weights) for layer in snippet.model.layers]
    assert sizes == snippet.by_hand
    shapes = [tuple(w.shape) for w in snippet.model.layers[1].forward_layer.weights]
    assert shapes == [(8, 64), (16, 64), (64,)]
