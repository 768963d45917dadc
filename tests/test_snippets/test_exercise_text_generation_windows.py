"""Claims of docs/text-generation, exercise 1: a text of N characters gives N - seq_length windows."""

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_text_generation_windows")


def test_the_last_loop_is_the_hihello_lessons_single_window():
    assert snippet.seq_length == 6
    assert snippet.windows == [("hihell", "ihello")]


def test_every_window_and_target_for_seq_length_three():
    text = snippet.text
    windows = [(text[s : s + 3], text[s + 1 : s + 4]) for s in range(len(text)) if s + 4 <= len(text)]
    assert windows == [("hih", "ihe"), ("ihe", "hel"), ("hel", "ell"), ("ell", "llo")]
    assert len(windows) == len(text) - 3


def test_the_training_texts_count_matches_the_data_snippet():
    data = lazy_snippet("text_generation_data")
    assert len(data.train_text) == snippet.train_length == 1464
    assert len(data.x_idx) == len(range(snippet.train_length - 32)) == 1432
