"""rnn_site/language_links.py: relative language links, and no hreflang links in the head."""

from __future__ import annotations

import pytest

from rnn_site.language_links import drop_head_alternates, language_home_links, relative_language_links
from tests.site_html import soup

PAGE = """<html><head>
      <link rel="canonical" href="https://example.org/rnn-basics/">
        <link rel="alternate" href="./" hreflang="ko">
        <link rel="alternate" href="../en/rnn-basics/" hreflang="en">
      <link rel="alternate" type="application/rss+xml" title="feed" href="feed.xml">
</head><body><a href="../en/rnn-basics/" hreflang="en" class="md-select__link">English</a>
<link rel="alternate" href="./" hreflang="ko"></body></html>"""


def test_drops_only_the_heads_hreflang_links():
    out = drop_head_alternates(PAGE)
    head, body = out.split("</head>")
    assert "hreflang" not in head
    assert '<link rel="canonical" href="https://example.org/rnn-basics/">' in head
    assert 'type="application/rss+xml"' in head
    assert body == PAGE.split("</head>")[1]  # the language selector's links are untouched


def test_leaves_a_page_without_head_alone():
    assert (
        drop_head_alternates('<link rel="alternate" href="./" hreflang="ko">')
        == '<link rel="alternate" href="./" hreflang="ko">'
    )


def _link(href: str, lang: str) -> str:
    return f'<a href="{href}" hreflang="{lang}" class="md-select__link">'


@pytest.mark.parametrize(
    ("href", "page_url", "expected"),
    [
        ("/site/en/", "", "en/"),  # Korean home -> English home
        ("/site/", "en/", "../"),  # English home -> Korean home
        ("/site/", "", "./"),
        ("/site/en/index.html", "index.html", "en/index.html"),  # offline bundle: file names
        ("/site/index.html", "en/index.html", "../index.html"),
        ("/en/", "", "en/"),  # no site_url: base path is /
    ],
)
def test_home_page_language_links_become_relative(href, page_url, expected):
    base = "/" if href.startswith("/en/") else "/site/"
    assert relative_language_links(_link(href, "xx"), page_url, base) == _link(expected, "xx")


def test_relative_and_foreign_links_are_kept():
    html = _link("../en/rnn-basics/", "en") + _link("/elsewhere/", "fr") + '<a href="/site/en/">not the selector</a>'
    assert relative_language_links(html, "rnn-basics/", "/site/") == html


def test_built_pages_keep_their_language_selector(built_site):
    site = built_site.site
    expected = {
        "index.html": {"ko": "./", "en": "en/"},
        "en/index.html": {"ko": "../", "en": "./"},
        "rnn-basics/index.html": {"ko": "./", "en": "../en/rnn-basics/"},
    }
    for path, links in expected.items():
        page = soup(site / path)
        assert not page.head.find_all("link", hreflang=True), path
        assert {a["hreflang"]: a["href"] for a in page.select("a.md-select__link[hreflang]")} == links, path


def test_the_404_pages_selector_goes_to_each_languages_home():
    stale = (
        '<a href="/site/notebooks/x/" hreflang="ko" class="md-select__link">한국어</a>'
        '<a href="/site/en/notebooks/x/" hreflang="en" class="md-select__link">English</a>'
    )
    assert language_home_links(stale, "/site/") == (
        '<a href="/site/" hreflang="ko" class="md-select__link">한국어</a>'
        '<a href="/site/en/" hreflang="en" class="md-select__link">English</a>'
    )


def test_the_built_404_page_links_each_languages_home_and_has_no_head_alternates(built_site):
    page = soup(built_site.site / "404.html")
    assert page.head.find("link", rel="alternate") is None
    links = {a["hreflang"]: a["href"] for a in page.select("a.md-select__link[hreflang]")}
    assert links == {"ko": "/", "en": "/en/"}, links  # the tests build with site_url http://127.0.0.1:8000/
