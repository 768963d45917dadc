"""On a phone, Korean breaks lines between words: no Hangul word of a Korean page is split across two lines.

docs/stylesheets/reader.css sets ``word-break: keep-all`` on Korean pages (and lets long code-like
tokens break anywhere, so nothing overflows). Every Korean page the build made is checked, whatever
pages the site has: each run of Hangul syllables in the page's text must sit on one line.
"""

from __future__ import annotations

import pytest

from tests.test_browser.conftest import _origin, open_tab

PHONE = {"width": 390, "height": 844}

# Every run of 2+ Hangul syllables outside code blocks whose rectangles lie on more than one line.
SPLIT_WORDS = r"""
() => {
  const root = document.querySelector(".md-content") || document.body
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const split = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("pre, script, style, .md-search"))
      continue
    for (const match of node.data.matchAll(/[\uac00-\ud7a3]{2,}/g)) {
      const range = document.createRange()
      range.setStart(node, match.index)
      range.setEnd(node, match.index + match[0].length)
      const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
      const tops = new Set(rects.map(r => Math.round(r.top)))
      const lines = [...tops].sort((a, b) => a - b).filter((top, i, all) => i === 0 || top - all[i - 1] > 4)
      if (lines.length > 1)
        split.push(match[0])
    }
  }
  return split
}
"""


def korean_pages(site) -> list[str]:
    """Every page of the Korean site (not under en/), as a path relative to the site root."""
    found = []
    for index in sorted(site.rglob("index.html")):
        rel = index.relative_to(site).parent.as_posix()
        if rel.split("/")[0] in {"en", "assets", "search"}:
            continue
        found.append("" if rel == "." else rel + "/")
    return found


@pytest.fixture(scope="module")
def phone(browser, served):
    tab = open_tab(browser, _origin(served), viewport=PHONE, device_scale_factor=1)
    yield tab
    tab.page.context.close()


def test_there_are_korean_lessons(built_site):
    pages = korean_pages(built_site.site)
    assert "" in pages and "rnn-basics/" in pages and len(pages) >= 8, pages


def test_no_korean_word_breaks_across_lines_on_a_phone(phone, served, built_site):
    broken, overflowing = {}, []
    for page in korean_pages(built_site.site):
        phone.page.goto(served + page)
        assert phone.page.locator("html").get_attribute("lang") == "ko", page
        split = phone.page.evaluate(SPLIT_WORDS)
        if split:
            broken[page] = split[:10]
        # nothing wider than the phone: long tokens wrap, code blocks and tables scroll inside themselves
        if phone.page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            overflowing.append(page)
    assert broken == {}, f"Hangul words split across lines at {PHONE['width']} px: {broken}"
    assert overflowing == [], "pages wider than the phone"
    phone.assert_clean()


def test_the_check_sees_split_words_without_keep_all(phone, served):
    """Without keep-all the first lesson has words broken mid-word at 390 px (하나 / 씩), and the check finds them."""
    phone.page.goto(served + "rnn-basics/")
    phone.page.add_style_tag(content='html[lang="ko"] body { word-break: normal !important; }')
    assert phone.page.evaluate(SPLIT_WORDS), "the split-word check found nothing even without keep-all"
