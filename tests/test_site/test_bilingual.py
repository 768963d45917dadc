"""Korean and English pages travel together: same pages, same snippets, same order, same sections."""

from __future__ import annotations

import re

import pytest

from rnn_site.execution.embeds import find_embeds
from tests.conftest import DOCS, LANGUAGES, pages


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


@pytest.mark.parametrize("page", pages())
def test_same_section_structure(page):
    def outline(text: str) -> list[str]:
        return [m.group(1) for m in re.finditer(r"^(#+) ", text, flags=re.M)]

    assert outline(_read(page, "ko")) == outline(_read(page, "en"))


@pytest.mark.parametrize("page", pages())
def test_same_code_identifiers_mentioned(page):
    """Inline code (shapes, names) is the language-neutral content; both pages must say the same."""
    ko, en = (sorted(set(re.findall(r"`([^`\n]+)`", _read(page, lang)))) for lang in LANGUAGES)
    assert ko == en
