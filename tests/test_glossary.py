"""The glossary (docs/glossary.yml) is the site's vocabulary: both glossary pages list it, every page uses it.

Pages are read by the site's own Markdown parser (tests/page_text.py): prose means what a reader reads as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest
import yaml

from tests.conftest import DOCS, REPO, pages
from tests.page_text import page_prose, page_tables


@dataclass(frozen=True)
class Term:
    ko: str
    en: str
    ko_forms: tuple[str, ...]
    en_forms: tuple[str, ...]
    avoid: tuple[str, ...]
    avoid_en: tuple[str, ...]


@cache
def terms() -> tuple[Term, ...]:
    entries = yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))
    return tuple(
        Term(
            ko=e["ko"],
            en=e["en"],
            ko_forms=tuple(e.get("ko_forms", [e["ko"]])),
            en_forms=tuple(e.get("en_forms", [e["en"]])),
            avoid=tuple(e.get("avoid", [])),
            avoid_en=tuple(e.get("avoid_en", [])),
        )
        for e in entries
    )


def _glossary_rows(lang: str) -> list[list[str]]:
    tables = page_tables("glossary", lang)
    assert len(tables) == 1 and len(tables[0]) > 2, f"docs/glossary.{lang}.md: expected one table of terms"
    return tables[0]


def test_the_source_is_well_formed():
    assert len({t.ko for t in terms()}) == len({t.en for t in terms()}) == len(terms()) >= 15
    for term in terms():
        assert term.ko.strip() and term.en.strip()
        assert not set(term.avoid) & set(term.ko_forms), term


def test_the_korean_glossary_page_lists_exactly_the_terms_with_definitions():
    rows = _glossary_rows("ko")
    assert [(ko, en) for ko, en, _ in rows] == [(t.ko, t.en) for t in terms()]
    assert all(len(definition) > 10 for *_, definition in rows)


def test_the_english_glossary_page_lists_exactly_the_terms_with_definitions():
    rows = _glossary_rows("en")
    assert [(en, ko) for en, ko, _ in rows] == [(t.en, t.ko) for t in terms()]
    assert all(len(definition) > 10 for *_, definition in rows)


@pytest.mark.parametrize("page", [p for p in pages() if p != "glossary"])
def test_a_term_used_in_korean_is_used_in_english_too(page):
    ko, en = page_prose(page, "ko"), page_prose(page, "en").lower()
    missing = [
        f"{term.ko} -> {term.en}"
        for term in terms()
        if any(form in ko for form in term.ko_forms) and not any(form.lower() in en for form in term.en_forms)
    ]
    assert not missing, f"docs/{page}.en.md lacks the English for: {missing}"


@pytest.mark.parametrize("page", pages())
def test_pages_use_the_glossary_spelling(page):
    ko, en = page_prose(page, "ko"), page_prose(page, "en").lower()
    wrong = [f"{a} (write {t.ko})" for t in terms() for a in t.avoid if a in ko]
    wrong += [f"{a} (write {t.en})" for t in terms() for a in t.avoid_en if a.lower() in en]
    assert not wrong, f"docs/{page}: {wrong}"


def test_the_glossary_is_the_last_page_in_the_nav():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.search(r"^nav:\n((?:  - .*\n)+)", config, flags=re.M).group(1).splitlines()
    assert nav[-1] == "  - 용어집: glossary.md"
    assert "            용어집: Glossary" in config.splitlines()


def _defined_in() -> dict[str, str]:
    entries = yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))
    return {e["ko"]: e.get("defined_in", "") for e in entries}


@pytest.mark.parametrize("term", terms(), ids=lambda t: t.en)
def test_every_term_names_the_page_that_introduces_it_and_that_page_uses_it(term):
    """Searching a term lists this page first (rnn_site/search_terms.py), so it must really teach it."""
    page = _defined_in()[term.ko]
    assert page in pages(), f"{term.ko}: defined_in {page!r} is not a page"
    if page == "glossary":
        return
    ko, en = page_prose(page, "ko"), page_prose(page, "en").lower()
    assert any(form in ko for form in term.ko_forms), f"docs/{page}.ko.md never uses {term.ko}"
    assert any(form.lower() in en for form in term.en_forms), f"docs/{page}.en.md never uses {term.en}"
