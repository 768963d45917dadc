"""Searching any glossary term lists the page that defines it among the first three results, in both languages.

The queries come from docs/glossary.yml: each term as written there and, in Korean, with a particle
(the reader types 원-핫 벡터의); the expected page is the term's ``defined_in`` (a lesson, or the
glossary). rnn_site/search_terms.py tags that page's search entry with the term.
"""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import DOCS, LANGUAGES
from tests.test_browser.conftest import search
from tests.test_browser.test_pages import url_of
from tests.test_browser.test_search_language import page_of

TOP = 3


def _queries(lang: str) -> list[tuple[str, str]]:
    """(query, defining page) for every term of the glossary in ``lang``."""
    queries = []
    for entry in yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8")):
        term, page = entry[lang], entry["defined_in"]
        queries.append((term, page))
        if lang == "ko":
            queries.append((f"{term}의", page))  # 의 fits after any last syllable
    return queries


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_glossary_term_finds_its_defining_page_in_the_first_three(tab, served, lang):
    tab.page.goto(url_of(served, "index", lang))
    misses = []
    for query, page in _queries(lang):
        results = [name for name, _ in (page_of(served, url) for url in search(tab.page, query))]
        if page not in results[:TOP]:
            misses.append(f"{query!r} -> {results[:5]} (expected {page})")
    assert not misses, f"{len(misses)} of {len(_queries(lang))} queries miss: " + "; ".join(misses)


@pytest.mark.parametrize(("lang", "term"), [("ko", "원-핫 벡터"), ("ko", "인코더–디코더"), ("en", "one-hot vector")])
def test_a_hyphenated_term_ranks_the_page_with_the_whole_term_first(tab, served, lang, term):
    """원-핫 splits into 원 and 핫 for the index; the first result still holds the whole term."""
    tab.page.goto(url_of(served, "index", lang))
    first = search(tab.page, term)[0]
    tab.page.goto(first)
    assert term in tab.page.locator("article").inner_text()
