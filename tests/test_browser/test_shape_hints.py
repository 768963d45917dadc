"""Shape hints in a real browser: not part of the code, readable, narrow-screen safe, switchable."""

from __future__ import annotations

import pytest

from tests.conftest import LANGUAGES, SNIPPETS, pages
from tests.test_browser.conftest import DESKTOP, PHONE, _origin, copy_with_button, open_tab
from tests.test_browser.test_pages import url_of

LOOP_PAGE = "inside-the-cell"  # hints on indented lines inside a loop

# Contrast (WCAG) of each visible hint's text against what is behind it: its own translucent
# background over the code block's. axe-core does not check CSS generated text, so this does.
HINT_CONTRAST = """() => {
  const rgba = text => (text.match(/[\\d.]+/g) || []).map(Number).concat([1]).slice(0, 4);
  const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3]));
  const lum = rgb => {
    const [r, g, b] = rgb.map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  return [...document.querySelectorAll(".shape-hint")]
    .map(span => [span, getComputedStyle(span, "::after")])
    .filter(([span, after]) => span.offsetParent !== null && after.display !== "none")
    .map(([span, after]) => {
      const code = getComputedStyle(span.closest("code"));
      const back = over(rgba(after.backgroundColor), rgba(code.backgroundColor));
      const text = over(rgba(after.color), back);
      const [hi, lo] = [lum(text), lum(back)].sort((a, b) => b - a);
      return (hi + 0.05) / (lo + 0.05);
    });
}"""


def phone_tab(browser, served, **options):
    return open_tab(browser, _origin(served), viewport=PHONE, is_mobile=True, has_touch=True, **options)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_copy_button_and_selection_give_exactly_the_file(browser, served, viewport):
    """With hints shown (at the end of lines, or under them on a phone), copying still gives the file."""
    tab = open_tab(browser, _origin(served), viewport=viewport, permissions=["clipboard-read", "clipboard-write"])
    try:
        tab.page.goto(url_of(served, LOOP_PAGE, "en"), wait_until="networkidle")
        runs = tab.page.locator(".snippet-run[data-snippet]")
        names = runs.evaluate_all("runs => runs.map(r => r.dataset.snippet)")
        assert tab.page.locator(".shape-hint").count() > 0
        for index, name in enumerate(names):
            expected = (SNIPPETS / name).read_text(encoding="utf-8").rstrip("\n")
            run = runs.nth(index)
            assert copy_with_button(tab.page, run) == expected, name  # exercise solutions: opened first
            # what a mouse selection of the whole block holds
            selected = run.locator("pre code").first.evaluate(
                """code => { const range = document.createRange(); range.selectNodeContents(code);
                             const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);
                             return selection.toString(); }"""
            )
            assert selected.rstrip("\n") == expected, name
        tab.assert_clean()
    finally:
        tab.page.context.close()


def test_no_sideways_scrolling_on_a_phone(phone_pages):
    """At 390 px the hints sit under their lines, inside the block: no page scrolls sideways."""
    lessons = {"" if page == "index" else f"{page}/" for page in pages()}
    assert lessons <= set(phone_pages.pages)
    assert [page for page, seen in phone_pages.pages.items() if seen["overflow"]] == []
    assert any(seen["hints"] for seen in phone_pages.pages.values()), "no page has shape hints"
    for page, seen in phone_pages.pages.items():
        for below, display, after in seen["hints"]:  # the end-of-line copy hidden, the one under the line a block
            assert (display, after) == ("inline", "block") if below else display == "none", page
    phone_pages.tab.assert_clean()


def test_hints_at_line_end_on_a_desktop(tab, served):
    tab.page.goto(url_of(served, "rnn-basics", "ko"), wait_until="networkidle")
    hint = tab.page.locator(".shape-hint:not(.shape-hint--below)[data-hint='outputs (1, 1, 2) · states (1, 2)']").first
    assert hint.is_visible()
    assert hint.evaluate(
        "s => s.nextElementSibling.matches('.shape-hint--below') && s.nextElementSibling.offsetParent === null"
    )
    # on the same line as the code before it, after it
    down, right, width = hint.evaluate(
        """s => { const r = s.getBoundingClientRect(), code = s.previousElementSibling.getBoundingClientRect();
                  return [r.top - code.top, r.left - code.right, r.width]; }"""
    )
    assert abs(down) < 3 and right >= 0 and width > 100
    tab.assert_clean()


def test_a_hint_too_long_for_its_line_moves_under_it_on_a_desktop(tab, served):
    """After a long line, a hint would hide in the block's sideways scroll: it goes under the line instead."""
    tab.page.goto(url_of(served, LOOP_PAGE, "en"), wait_until="networkidle")
    placed = tab.page.evaluate(
        """() => [...document.querySelectorAll('.shape-hint:not(.shape-hint--below)')].map(hint => {
             const code = hint.closest('code'), box = code.getBoundingClientRect();
             const inside = box.left + code.clientWidth - parseFloat(getComputedStyle(code).paddingRight) + 1;
             const below = hint.nextElementSibling;
             return [hint.offsetParent !== null, hint.getBoundingClientRect().right <= inside, below.offsetParent !== null];
           })"""
    )
    placed = [tuple(hint) for hint in placed]
    assert (True, True, False) in placed  # most hints: at the end of their line
    assert (False, True, True) in placed  # kernel, recurrent_kernel, bias = ...: under it
    assert all(shown != under and (fits or not shown) for shown, fits, under in placed), placed
    tab.assert_clean()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_hints_are_readable_and_described(tab, served, lang, scheme):
    tab.page.emulate_media(color_scheme=scheme)
    tab.page.goto(url_of(served, "rnn-basics", lang), wait_until="networkidle")
    ratios = tab.page.evaluate(HINT_CONTRAST)
    assert ratios and min(ratios) >= 4.5, ratios
    label = {
        "ko": "이 줄을 실행한 뒤의 shape: outputs (1, 5, 2), states (1, 2)",
        "en": "Shapes after this line: outputs (1, 5, 2), states (1, 2)",
    }
    assert tab.page.get_by_role("note", name=label[lang]).count() == 1  # the hello example's line
    tab.assert_clean()


def test_axe_finds_nothing_in_hints_or_their_switch(tab, served):
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    tab.page.goto(url_of(served, "rnn-basics", "en"), wait_until="networkidle")
    for scheme in ("default", "slate"):
        tab.page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
        tab.page.wait_for_timeout(400)  # Material's colour transitions
        results = axe.Axe().run(tab.page, context={"include": [[".shape-hint"], [".shape-hints-toggle"]]})
        assert results.violations_count == 0, (scheme, results.generate_report())


def test_switch_hides_hints_on_the_page_and_is_remembered(tab, served):
    page = tab.page
    page.goto(url_of(served, "rnn-basics", "ko"), wait_until="networkidle")
    switches = page.locator(".shape-hints-toggle")
    assert switches.count() == page.locator(".snippet-run:has(.shape-hint)").count() > 1
    assert switches.first.inner_text().strip() == "shape 표시"
    assert switches.first.get_attribute("aria-pressed") == "true"
    switches.first.click()
    assert page.locator(".shape-hint:not(.shape-hint--below)").first.is_hidden()
    assert all(s.get_attribute("aria-pressed") == "false" for s in switches.all())  # every block of the page
    page.goto(url_of(served, LOOP_PAGE, "en"), wait_until="networkidle")  # another page, the other language
    assert page.locator(".shape-hints-toggle").first.inner_text().strip() == "Show shapes"
    assert page.locator(".shape-hint").first.is_hidden()
    page.locator(".shape-hints-toggle").first.click()
    assert page.locator(".shape-hint:not(.shape-hint--below)").first.is_visible()
    page.reload(wait_until="networkidle")
    assert page.locator(".shape-hint:not(.shape-hint--below)").first.is_visible()
    tab.assert_clean()
