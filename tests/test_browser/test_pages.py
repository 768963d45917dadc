"""In a real browser: search stays on the site, the language switcher and copy buttons work, code fits its block."""

from __future__ import annotations

import pytest

from tests.code_width import KERAS_MESSAGES
from tests.conftest import LANGUAGES, SNIPPETS, pages
from tests.test_browser.conftest import copy_with_button, search


def url_of(served: str, page: str, lang: str) -> str:
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    return served + prefix + ("" if page == "index" else f"{page}/")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_requests_stay_on_the_site_and_log_no_error(tab, served, lang):
    """A search loads the worker, the index and lunr's language files: all from the site, with no error.

    (Every page of both languages is loaded, with the same checks, by the accessibility test.)
    """
    tab.page.goto(url_of(served, "rnn-basics", lang), wait_until="networkidle")
    search(tab.page, "RNN")
    tab.page.wait_for_load_state("networkidle")
    assert any("search_index.json" in url for url in tab.requests)  # the search really ran
    assert any("/assets/javascripts/workers/search" in url for url in tab.requests)
    tab.assert_clean()


@pytest.mark.parametrize("page", pages())
def test_language_switcher_keeps_the_page(tab, served, page):
    """Material's language menu (static-i18n's per-page links) lands on the same page in the other language and back."""
    tab.page.goto(url_of(served, page, "ko"))
    for lang in ["en", "ko"]:
        tab.page.locator(".md-header .md-select").hover()
        link = tab.page.locator(f".md-select a.md-select__link[hreflang={lang}]")
        link.click()
        tab.page.wait_for_url(url_of(served, page, lang))
        assert tab.page.locator("html").get_attribute("lang") == lang
    tab.assert_clean()


def test_language_switcher_titles_differ(tab, served):
    """Guards the test above: the two languages really are different pages."""
    titles = {}
    for lang in LANGUAGES:
        tab.page.goto(url_of(served, "rnn-basics", lang))
        titles[lang] = tab.page.locator("article h2").first.inner_text()
    assert titles["ko"] != titles["en"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_copy_button_copies_exactly_the_snippet(tab, served, lang):
    """Each embedded snippet's copy button puts the file's exact text on the clipboard (without the final newline)."""
    tab.page.goto(url_of(served, "rnn-basics", lang))
    runs = tab.page.locator(".snippet-run[data-snippet]")
    names = runs.evaluate_all("runs => runs.map(r => r.dataset.snippet)")
    assert names, "no embedded snippet on the page"
    for index, name in enumerate(names):  # exercise solutions too: opened first, as a reader would
        copied = copy_with_button(tab.page, runs.nth(index))
        assert copied == (SNIPPETS / name).read_text(encoding="utf-8").rstrip("\n"), name
    tab.assert_clean()


# Every snippet block (exercise solutions opened) whose code or printed output is wider than the block.
SIDEWAYS = """() => {
  document.querySelectorAll("details").forEach(d => { d.open = true })
  return [...document.querySelectorAll(".snippet-run[data-snippet] pre > code")]
    .filter(code => code.scrollWidth > code.clientWidth)
    .map(code => [code.closest(".snippet-run").dataset.snippet, code.closest(".snippet-output") ? "output" : "code"])
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_snippet_block_scrolls_sideways_on_a_desktop(tab, served, lang):
    """At 1300 px, every snippet's code and output fit their blocks, but a Keras error printed as raised."""
    wide = set()
    for page in pages():
        tab.page.goto(url_of(served, page, lang))
        wide |= {tuple(block) for block in tab.page.evaluate(SIDEWAYS)}
    assert wide == {(name, "output") for name in KERAS_MESSAGES}
