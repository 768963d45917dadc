"""rnn_site.search_terms: each glossary term tags the entry of the page that defines it, in each language."""

from __future__ import annotations

from rnn_site.search_terms import DefinedTerm, defined_terms, page_location, tag_defining_pages
from tests.conftest import DOCS


def _index(*locations: str) -> dict:
    return {"config": {}, "docs": [{"location": loc, "title": loc, "text": ""} for loc in locations]}


def test_the_defining_pages_own_entry_gets_the_term_in_its_language():
    index = _index("rnn-basics/", "rnn-basics/#one-hot", "en/rnn-basics/", "glossary/")
    term = DefinedTerm({"ko": "원-핫 벡터", "en": "one-hot vector"}, "rnn-basics")
    assert tag_defining_pages(index, [term], ["ko", "en"], "ko") == []
    tags = {doc["location"]: doc.get("tags") for doc in index["docs"]}
    assert tags == {
        "rnn-basics/": ["원-핫 벡터"],
        "rnn-basics/#one-hot": None,  # a section: the page's own entry is what a result lists
        "en/rnn-basics/": ["one-hot vector"],
        "glossary/": None,
    }


def test_tagging_twice_adds_nothing_and_a_missing_page_is_reported():
    index = _index("rnn-basics/")
    term = DefinedTerm({"ko": "셀", "en": "cell"}, "rnn-basics")
    tag_defining_pages(index, [term], ["ko"], "ko")
    assert tag_defining_pages(index, [term], ["ko", "en"], "ko") == ["en/rnn-basics/"]
    assert index["docs"][0]["tags"] == ["셀"]


def test_locations_follow_the_i18n_layout():
    assert page_location("rnn-basics", "ko", "ko") == "rnn-basics/"
    assert page_location("glossary", "en", "ko") == "en/glossary/"
    assert page_location("", "ko", "ko") == "" and page_location("", "en", "ko") == "en/"
    # the offline bundle: no directory URLs
    assert page_location("rnn-basics", "ko", "ko", directory_urls=False) == "rnn-basics.html"
    assert page_location("", "en", "ko", directory_urls=False) == "en/index.html"


def test_the_glossary_records_a_page_for_every_term():
    recorded = defined_terms(DOCS / "glossary.yml")
    assert recorded and all(term.page and term.words["ko"] and term.words["en"] for term in recorded)
