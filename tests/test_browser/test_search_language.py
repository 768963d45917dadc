"""Search in the reader's language: a Korean page searches only Korean pages, an English page only English ones.

mkdocs-static-i18n merges both languages into one search index; docs/javascripts/search-language.js
keeps the page's own language when Material's search worker is set up. The glossary pages carry a low
search boost (front matter), so a lesson that teaches a term ranks above the glossary entry for it.
Queries: Korean nouns with and without particles, Latin terms on the Korean site, English terms.
"""

from __future__ import annotations

import pytest

from tests.conftest import LANGUAGES
from tests.test_browser.conftest import search
from tests.test_browser.test_pages import url_of

NOT_LESSONS = {"index", "glossary"}


def page_of(served: str, url: str) -> tuple[str, str]:
    """``http://host/en/rnn-basics/`` -> ("rnn-basics", "en")."""
    path = url[len(served) :].strip("/")
    lang, _, rest = path.partition("/") if path.split("/")[0] in LANGUAGES[1:] else (LANGUAGES[0], "", path)
    return (rest or "index"), lang


@pytest.mark.parametrize(
    ("lang", "query", "teacher"),
    [
        ("ko", "은닉 상태", "rnn-basics"),
        ("ko", "은닉 상태를", "rnn-basics"),  # with a particle
        ("ko", "원-핫 벡터", "rnn-basics"),  # the query: glossaries and other pages came first
        ("ko", "원-핫 벡터로", "rnn-basics"),
        ("ko", "시퀀스", "rnn-basics"),
        ("ko", "LSTM", "lstm-and-gru"),  # a Latin term on the Korean site finds no English page
        ("en", "hidden state", "rnn-basics"),
        ("en", "one-hot vector", "rnn-basics"),
        ("en", "LSTM", "lstm-and-gru"),
    ],
)
def test_search_lists_only_the_readers_language_lessons_first(tab, served, lang, query, teacher):
    tab.page.goto(url_of(served, "index", lang))
    results = [page_of(served, url) for url in search(tab.page, query)]
    assert results, f"{query!r} found nothing"
    assert {found_lang for _, found_lang in results} == {lang}, f"{query!r} on the {lang} site: {results}"
    names = [name for name, _ in results]
    assert names[0] not in NOT_LESSONS, f"{query!r}: the first result is not a lesson: {names}"
    assert teacher in names, names
    if "glossary" in names:
        assert names.index(teacher) < names.index("glossary"), f"{query!r}: the glossary outranks {teacher}: {names}"


def test_language_filter_keeps_only_the_pages_language(tab, served):
    """The filter itself, on index entries: the default language has no prefix, English is under en/."""
    tab.page.goto(url_of(served, "rnn-basics", "ko"))
    docs = [{"location": loc} for loc in ["", "rnn-basics/", "rnn-basics/#x", "en/", "en/rnn-basics/#x", "entropy/"]]
    kept = tab.page.evaluate("docs => window.__searchLanguage.ownLanguage(docs).map(d => d.location)", docs)
    assert kept == ["", "rnn-basics/", "rnn-basics/#x", "entropy/"]
    tab.page.goto(url_of(served, "rnn-basics", "en"))
    kept = tab.page.evaluate("docs => window.__searchLanguage.ownLanguage(docs).map(d => d.location)", docs)
    assert kept == ["en/", "en/rnn-basics/#x"]
