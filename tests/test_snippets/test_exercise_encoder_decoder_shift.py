"""Exercise of docs/encoder-decoder: the decoder input is '<' + the answer, the target the answer + '>', padded."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_encoder_decoder_shift")


def test_shapes():
    assert snippet.target.shape == snippet.decoder_input.shape == (2, 4)


def test_reads_and_answers():
    for s, x, y in zip(snippet.strings, snippet.decoder_input, snippet.target):
        answer = s[::-1]
        pad = "_" * (4 - len(answer) - 1)
        assert "".join(snippet.tokens[i] for i in y) == answer + ">" + pad
        assert "".join(snippet.tokens[i] for i in x) == "<" + answer + pad
    np.testing.assert_array_equal(snippet.decoder_input[:, 0], 1)
    np.testing.assert_array_equal(snippet.real.sum(axis=1), [4, 3])
