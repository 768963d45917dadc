"""hooks/head_alternates.py: the head's hreflang links go, everything else stays."""

from __future__ import annotations

from hooks.head_alternates import drop_head_alternates

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
    assert 'hreflang' not in head
    assert '<link rel="canonical" href="https://example.org/rnn-basics/">' in head
    assert 'type="application/rss+xml"' in head
    assert body == PAGE.split("</head>")[1]  # the language selector's links are untouched


def test_leaves_a_page_without_head_alone():
    assert drop_head_alternates('<link rel="alternate" href="./" hreflang="ko">') == '<link rel="alternate" href="./" hreflang="ko">'


def test_built_pages_keep_their_language_selector(built_site):
    from tests.site_html import soup

    page = soup(built_site.site / "rnn-basics" / "index.html")
    assert not page.head.find_all("link", hreflang=True)
    assert {a["hreflang"]: a["href"] for a in page.select("a.md-select__link[hreflang]")} == {"ko": "./", "en": "../en/rnn-basics/"}
