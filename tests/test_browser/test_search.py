"""Material's search box in a real browser finds the right page, in English and in Korean.

Korean: the page writes nouns with particles (시퀀스가, 은닉 상태를, 배치로); a reader types the bare
noun. Material adds * to each query word and the configured separator makes every Korean word start a
token (tests/korean_search.py explains), so the bare noun finds the page.
"""

from __future__ import annotations

import pytest

from tests.korean_search import nouns_only_with_particles, particles_never_written, search_index
from tests.test_browser.conftest import search
from tests.test_browser.test_pages import url_of

PREFERRED_NOUNS = ("배치", "데이터", "벡터", "시드", "변수", "결과")


@pytest.mark.parametrize(
    ("lang", "query", "page"),
    [
        ("en", "unfold", "rnn-basics"),  # the page says "Unfolding"
        ("en", "hidden state", "rnn-basics"),
        ("en", "one-hot", "rnn-basics"),
        ("ko", "시퀀스", "rnn-basics"),  # the page says 시퀀스를, 시퀀스의, 시퀀스로 ...
        ("ko", "은닉 상태", "rnn-basics"),  # ... 은닉 상태를, 은닉 상태(hidden state)
        ("ko", "원-핫", "rnn-basics"),
        ("ko", "차원", "rnn-basics"),  # only as 4차원에서, 2차원으로: Material's default separator misses it
        ("ko", "은닉 상태는", "rnn-basics"),  # a particle typed: korean-query.js strips it
    ],
)
def test_search_finds_the_page(tab, served, lang, query, page):
    tab.page.goto(url_of(served, "index", lang))
    results = search(tab.page, query)
    assert url_of(served, page, lang) in results, results
    tab.assert_clean()


def test_korean_noun_typed_without_its_particle_finds_the_page(tab, served, built_site):
    """A noun the Korean lesson only ever writes with a particle (배치로, 배치까지: never 배치 alone)."""
    site = built_site.site
    pairs = nouns_only_with_particles(site, "rnn-basics/", search_index(site)["config"]["separator"])
    assert pairs, "the Korean lesson has no noun written only with a particle"
    noun, written = next((pair for pair in pairs if pair[0] in PREFERRED_NOUNS), pairs[0])
    tab.page.goto(url_of(served, "index", "ko"))
    results = search(tab.page, noun)
    assert url_of(served, "rnn-basics", "ko") in results, f"{noun!r} (the page writes {written!r}) found {results}"
    highlighted = tab.page.locator(".md-search-result mark").all_inner_texts()
    assert any(mark.startswith(noun) for mark in highlighted), highlighted  # Material marks the word it matched
    tab.assert_clean()


def test_korean_query_with_a_particle_the_page_never_uses(tab, served, built_site):
    """The reader types noun+particle (시퀀스가) where the pages only write other particles (시퀀스를)."""
    site = built_site.site
    found = particles_never_written(site, "rnn-basics/", search_index(site)["config"]["separator"])
    assert found, "no noun of the Korean lesson to try a new particle on"
    query, written = next((pair for pair in found if pair[0].startswith(PREFERRED_NOUNS)), found[0])
    tab.page.goto(url_of(served, "index", "ko"))
    results = search(tab.page, query)
    assert url_of(served, "rnn-basics", "ko") in results, f"{query!r} (the page writes {written!r}) found {results}"
    tab.assert_clean()


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("시퀀스가", "시퀀스"),
        ("은닉 상태를", "은닉 상태"),
        ("시간 단계에서는", "시간 단계"),  # two particles
        ("데이터로", "데이터"),
        ("셀이", "셀"),
        ("가", "가"),  # a particle alone stays
        ("SimpleRNN 의 outputs", "SimpleRNN 의 outputs"),
        ("+배치를 -시드를", "+배치 -시드"),  # Material's + and - stay in front
        ("hidden state", "hidden state"),
    ],
)
def test_korean_query_normalization(tab, served, typed, searched):
    tab.page.goto(url_of(served, "index", "ko"))
    assert tab.page.evaluate("query => window.__koreanQuery(query)", typed) == searched
