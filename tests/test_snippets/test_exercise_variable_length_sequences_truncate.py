"""Exercise of docs/variable-length-sequences: maxlen cuts the front by default, the end with truncating='post'."""

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_variable_length_sequences_truncate")


def test_shape():
    assert snippet.cut_front.shape == snippet.cut_end.shape == (4, 4)


def test_default_truncating_drops_the_first_letters():
    assert snippet.as_words(snippet.cut_front) == [w[-4:].ljust(4, "_") for w in snippet.words]
    assert snippet.as_words(snippet.cut_front)[0] == "ello"


def test_truncating_post_drops_the_last_letters():
    assert snippet.as_words(snippet.cut_end) == [w[:4].ljust(4, "_") for w in snippet.words]
