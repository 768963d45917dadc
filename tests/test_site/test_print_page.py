"""The print pages (print/, en/print/): every page of the nav but the home page, in order, ready for paper."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import LANGUAGES, REPO, page_path
from tests.site_html import EMBED_RUN, soup


def nav_pages() -> list[str]:
    """The page names of mkdocs.yml's nav, in order, without the home page."""
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.search(r"^nav:\n((?:  - .*\n)+)", config, flags=re.M).group(1)
    entries = [next(iter(item.values())) for item in yaml.safe_load(nav)]
    return [entry.removesuffix(".md") for entry in entries if entry != "index.md"]


def print_page(site, lang):
    return (site / "print" / "index.html") if lang == LANGUAGES[0] else (site / lang / "print" / "index.html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_print_page_holds_every_page_in_nav_order_with_its_title(built_site, lang):
    page = soup(print_page(built_site.site, lang))
    sections = page.select("article section.print-lesson")
    assert [s["id"] for s in sections] == nav_pages()
    for section, name in zip(sections, nav_pages()):
        title = soup(page_path(built_site.site, name, lang)).select_one("article h1").get_text().rstrip("¶")
        assert section.find("h2").get_text().rstrip("¶") == title
    assert [a["href"] for a in page.select(".print-contents a")] == [f"#{name}" for name in nav_pages()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_paper_solutions_are_open_and_shape_hints_are_text(built_site, lang):
    page = soup(print_page(built_site.site, lang))
    article = page.select_one("article")
    assert article.find_all("details") and all(d.has_attr("open") for d in article.find_all("details"))
    assert not article.select(".shape-hint")
    assert len(article.select(".print-hint")) >= 100
    outputs = article.select(".snippet-run")
    assert len(outputs) == sum(
        len(soup(page_path(built_site.site, n, lang)).select(EMBED_RUN))
        for n in nav_pages()  # variants: default only
    )
    ids = [tag["id"] for tag in page.find_all(id=True)]
    assert len(ids) == len(set(ids)), "an id repeats"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_links_the_print_page(built_site, lang):
    home = soup(page_path(built_site.site, "index", lang))
    assert home.select('article a[href="print/"]')


def test_the_offline_bundle_has_its_own_print_pages(offline_site):
    for path, home in [("print.html", "index.html"), ("en/print.html", "en/index.html")]:
        assert soup(offline_site.site / path).select("section.print-lesson")
        assert soup(offline_site.site / home).select('article a[href="print.html"]')
