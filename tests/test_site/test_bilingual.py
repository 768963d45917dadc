"""Korean and English pages travel together: same pages, same snippets, same order, same sections."""

from __future__ import annotations

import re

import pytest

from rnn_site.execution.embeds import find_embeds
from tests.conftest import DOCS, LANGUAGES, pages
from tests.page_text import page_soup


def _read(page: str, lang: str) -> str:
    return (DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8")


def test_every_page_exists_in_both_languages():
    for lang in LANGUAGES:
        names = {p.name.split(".")[0] for p in DOCS.rglob(f"*.{lang}.md")}
        assert names == set(pages()), lang
    assert not [p for p in DOCS.rglob("*.md") if not re.search(r"\.(ko|en)\.md$", p.name)]


@pytest.mark.parametrize("page", pages())
def test_same_snippets_in_the_same_order(page):
    ko, en = ([e.name for e in find_embeds(_read(page, lang))] for lang in LANGUAGES)
    assert ko == en


_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "table", "details", "div")


def _outline(page: str, lang: str) -> list[str]:
    """Headings, tables, admonitions, collapsible blocks and tabs in page order (as the parser reads them)."""
    outline = []
    for tag in page_soup(page, lang).find_all(_BLOCKS):
        classes = [c for c in tag.get("class", []) if c not in ("admonition-title",)]
        if tag.name == "div" and not {"admonition", "tabbed-set"} & set(classes):
            continue
        outline.append(" ".join([tag.name, *classes]))
    return outline


@pytest.mark.parametrize("page", pages())
def test_same_section_structure(page):
    assert _outline(page, "ko") == _outline(page, "en")


def _inline_code(page: str, lang: str) -> list[str]:
    return sorted({code.get_text() for code in page_soup(page, lang).find_all("code") if code.parent.name != "pre"})


@pytest.mark.parametrize("page", pages())
def test_same_code_identifiers_mentioned(page):
    """Inline code (shapes, names) is the language-neutral content; both pages must say the same."""
    assert _inline_code(page, "ko") == _inline_code(page, "en")


@pytest.mark.parametrize("page", pages())
def test_same_formulas(page):
    """Math is language-neutral too: both pages show the same formulas (word order may move them in a sentence)."""
    ko, en = (sorted({str(m) for m in page_soup(page, lang).find_all("math")}) for lang in LANGUAGES)
    assert ko == en
