"""Korean search, checked on the built search index without a browser (tests/korean_search.py mirrors Material).

The browser tests type the same queries into the real search box (tests/test_browser/test_search.py).
"""

from __future__ import annotations

from tests.korean_search import (
    MATERIAL_DEFAULT_SEPARATOR,
    korean_entries,
    nouns_only_with_particles,
    search_index,
    tokens,
    unreachable_words,
)


def test_separator_splits_punctuation_off_korean_words(built_site):
    separator = search_index(built_site.site)["config"]["separator"]
    assert tokens('"마지막"이 은닉 상태(hidden state)를 “배치”로', separator) == {
        "마지막",
        "이",
        "은닉",
        "상태",
        "hidden",
        "state",
        "를",
        "배치",
        "로",
    }
    assert tokens("인코더–디코더 에서", separator) == {"인코더", "디코더", "에서"}  # an en dash joins the two
    assert tokens("tf.keras 의 SimpleRNN, return_sequences=True", separator) >= {
        "tf",
        "keras",
        "simplernn",
        "return",
        "sequences",
        "true",
    }


def test_every_korean_word_can_be_found_by_its_start(built_site):
    """Every Korean word of every Korean page begins a token, so typing it (Material adds *) finds the page."""
    site = built_site.site
    assert unreachable_words(korean_entries(site), search_index(site)["config"]["separator"]) == set()


def test_material_default_separator_would_miss_some(built_site):
    """Guards the test above: with Material's default separator, words glued to a quote or bracket are lost."""
    assert unreachable_words(korean_entries(built_site.site), MATERIAL_DEFAULT_SEPARATOR)


def test_lesson_uses_some_noun_only_with_a_particle(built_site):
    """The browser test searches such a noun; the lesson must have one (it is ordinary Korean prose)."""
    site = built_site.site
    pairs = nouns_only_with_particles(site, "rnn-basics/", search_index(site)["config"]["separator"])
    assert pairs, "no noun appears on the Korean rnn-basics page only with a particle"
