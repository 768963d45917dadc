"""Every figure and diagram on every page has a text alternative, in the page's language."""

from __future__ import annotations

import re

import pytest

from tests.site_html import html_files, soup

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def svg_text_alternative(svg) -> str:
    """What a screen reader announces for an ``<svg role="img">``: aria-label, or the labelled-by / <title> text."""
    if svg.get("aria-label"):
        return svg["aria-label"]
    if svg.get("aria-labelledby"):
        owner = svg.find_parent("html") or svg
        return " ".join(owner.find(id=ref).get_text() for ref in svg["aria-labelledby"].split() if owner.find(id=ref))
    title = svg.find("title")
    return title.get_text() if title else ""


@pytest.mark.parametrize("kind", ["figure svg", "img"])
def test_every_figure_has_a_text_alternative_in_the_pages_language(built_site, kind):
    checked = 0
    for path in html_files(built_site.site):
        page = soup(path)
        lang = page.find("html").get("lang", "")
        for element in page.select(f"article {kind}"):
            checked += 1
            text = element.get("alt", "") if kind == "img" else svg_text_alternative(element)
            where = path.relative_to(built_site.site)
            if kind == "figure svg":
                assert element.get("role") == "img", f"{where}: a figure's <svg> without role=img"
            assert text.strip(), f"{where}: a {kind} without a text alternative"
            assert bool(HANGUL.search(text)) == (lang == "ko"), f"{where} ({lang}): {text!r}"
    assert checked or kind == "img", "no figure found on any page"
