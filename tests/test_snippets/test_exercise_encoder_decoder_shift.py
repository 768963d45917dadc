"""Exercise of docs/encoder-decoder: the decoder input is '<' then the target without its last step."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_encoder_decoder_shift")


def test_shapes():
    assert snippet.target.shape == snippet.decoder_input.shape == (2, 3)


def test_reads_and_answers():
    for word, x, y in zip(snippet.words, snippet.decoder_input, snippet.target):
        answer = word[::-1]
        assert "".join(snippet.out_chars[i] for i in y) == answer
        assert "".join(snippet.out_chars[i] for i in x) == "<" + answer[:-1]
    np.testing.assert_array_equal(snippet.decoder_input[:, 0], 0)
