"""On a phone, Korean breaks lines between words: no Hangul word of a Korean page is split across two lines.

docs/stylesheets/reader.css sets ``word-break: keep-all`` on Korean pages (and lets long code-like
tokens break anywhere, so nothing overflows). Every Korean page the build made is checked, whatever
pages the site has: each run of Hangul syllables in the page's text must sit on one line.
"""

from __future__ import annotations

import pytest

from tests.test_browser.conftest import PHONE, SPLIT_WORDS, _origin, korean_pages, open_tab


@pytest.fixture(scope="module")
def phone(browser, served):
    tab = open_tab(browser, _origin(served), viewport=PHONE, device_scale_factor=1)
    yield tab
    tab.page.context.close()


def test_no_korean_word_breaks_across_lines_on_a_phone(phone_pages, built_site):
    pages = korean_pages(built_site.site)
    assert "" in pages and "rnn-basics/" in pages and len(pages) >= 8, pages  # not a check of nothing
    assert sorted(phone_pages.pages) == sorted(pages)
    assert [page for page, seen in phone_pages.pages.items() if seen["lang"] != "ko"] == []
    broken = {page: seen["split"][:10] for page, seen in phone_pages.pages.items() if seen["split"]}
    assert broken == {}, f"Hangul words split across lines at {PHONE['width']} px: {broken}"
    # nothing wider than the phone: long tokens wrap, code blocks and tables scroll inside themselves
    assert [page for page, seen in phone_pages.pages.items() if seen["overflow"]] == [], "pages wider than the phone"
    phone_pages.tab.assert_clean()


def test_the_check_sees_split_words_without_keep_all(phone, served):
    """Without keep-all the first lesson has words broken mid-word at 390 px (하나 / 씩), and the check finds them."""
    phone.page.goto(served + "rnn-basics/")
    phone.page.add_style_tag(content='html[lang="ko"] body { word-break: normal !important; }')
    assert phone.page.evaluate(SPLIT_WORDS), "the split-word check found nothing even without keep-all"
