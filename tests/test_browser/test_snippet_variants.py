"""Snippet variants in a real browser (issue 19; docs/javascripts/snippet-variants.js, docs/stylesheets/snippet-variants.css).

On one page with a variants block, every variant is reached with the controls and shows alone:
its own code (the snippet with the chosen literals, as ``rnn_site.execution.variants`` writes it),
its own output and array table, a copy button that copies that code; the URL it leaves opens the
same variant; without JavaScript the default run shows and no controls; the keyboard reaches and
switches the controls; axe-core finds nothing serious in the block, light or dark.
"""

from __future__ import annotations

import ast
import json
import math
from urllib.parse import quote

import pytest

from rnn_site.execution.variants import combinations, read_choices, variant_source
from tests.conftest import SNIPPETS
from tests.test_browser.conftest import PHONE, SPLIT_WORDS, _origin, copy_with_button, open_tab
from tests.test_browser.test_pages import url_of

# The page and the snippet whose variants are switched (the one place to change if the page moves)
PAGE, SNIPPET = "return-sequences-and-state", "rnn_outputs_by_flags.py"
BLOCK = f".snippet-variants[data-snippet='{SNIPPET}']"

pytestmark = pytest.mark.skipif(
    not (SNIPPETS / SNIPPET).is_file(), reason=f"snippets/{SNIPPET} (variants on {PAGE}) is not written yet"
)


def choices():
    return read_choices((SNIPPETS / SNIPPET).read_text(encoding="utf-8"), SNIPPET)


def text(literal: str) -> str:
    """A value as a control holds it: a string's text, else the literal as written (True, 8, None)."""
    value = ast.literal_eval(literal)
    return value if isinstance(value, str) else literal


def token(literal: str) -> str:
    """A value as data-variant and the URL write it: ``text`` with encodeURIComponent's rules."""
    return quote(text(literal), safe="-_.!~*'()")


def key(chosen: dict[str, str]) -> str:
    return "&".join(f"{choice.name}={token(chosen[choice.name])}" for choice in choices())


def expected_code(chosen: dict[str, str]) -> str:
    return variant_source((SNIPPETS / SNIPPET).read_text(encoding="utf-8"), chosen, SNIPPET).rstrip("\n")


def choose(page, chosen: dict[str, str]) -> None:
    """Set every control to ``chosen`` as a reader does: click the value's label, or pick it in the list."""
    block = page.locator(BLOCK)
    for choice in choices():
        control = block.locator(f".snippet-variants__control[data-name='{choice.name}']")
        value = json.dumps(text(chosen[choice.name]))
        if control.locator("select").count():
            control.locator("select").select_option(value=json.loads(value))
        else:
            radio = control.locator(f"input[type=radio][value={value}]")
            if not radio.is_checked():
                control.locator("label", has=page.locator(f"input[value={value}]")).click()
            assert radio.is_checked()


# What the block shows: the visible panels, the code, outputs and array tables that are visible and
# whether each lies inside the shown panel, the controls' visibility, the shown panel's shape hints,
# read after the next frame
SHOWN = """async (block, scripted) => {
  // after the next frame: shape-hints.js lays hints out in one (requestAnimationFrame; none without JS)
  if (scripted) await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const seen = e => e.checkVisibility();
  const panels = [...block.querySelectorAll('.snippet-variant')].filter(seen);
  const panel = panels[0];
  const inPanel = selector => [...block.querySelectorAll(selector)].filter(seen).map(e => !!panel && panel.contains(e));
  const code = panel ? panel.querySelector('.snippet-run .highlight:not(.snippet-output) pre code') : null;
  const hints = panel ? [...panel.querySelectorAll('.shape-hint:not(.shape-hint--below)')].map(hint => {
    const box = hint.closest('code'), rect = box.getBoundingClientRect();
    const inside = rect.left + box.clientWidth - parseFloat(getComputedStyle(box).paddingRight) + 1;
    return [hint.offsetParent !== null, hint.getBoundingClientRect().right <= inside,
            hint.nextElementSibling.offsetParent !== null];
  }) : [];
  return {
    panels: panels.map(p => p.dataset.variant),
    runs: panel ? [...panel.querySelectorAll('.snippet-run')].map(r => r.dataset.variant || null) : [],
    code: code ? code.textContent : null,
    codes: inPanel('.snippet-run .highlight:not(.snippet-output) pre code'),
    outputs: inPanel('.snippet-output'),
    arrays: inPanel('.snippet-arrays'),
    has_arrays: !!panel && !!panel.querySelector('.snippet-arrays'),
    controls: [...block.querySelectorAll('.snippet-variants__controls')].filter(seen).length,
    checked: Object.fromEntries([...block.querySelectorAll('.snippet-variants__control')].map(c =>
      [c.dataset.name, (c.querySelector('input:checked') || c.querySelector('select') || {}).value])),
    hints,
  };
}"""


def shown(page, scripted: bool = True) -> dict:
    return page.locator(BLOCK).evaluate(SHOWN, scripted)


def assert_shows(view: dict, chosen: dict[str, str], *, with_controls: bool = True) -> None:
    """Exactly the panel of ``chosen`` shows, with its own code, output and array table and nothing of another."""
    want = key(chosen)
    assert view["panels"] == [want], "exactly one panel, the chosen one"
    assert view["code"] is not None and view["code"].rstrip("\n") == expected_code(chosen), want
    assert view["codes"] == [True], "one code block shows, the panel's"
    assert view["outputs"] == [True], "one output shows, the panel's"
    assert view["arrays"] == ([True] if view["has_arrays"] else []), "the panel's array table, and no other"
    assert all(run in (None, want) for run in view["runs"]), view["runs"]
    assert view["controls"] == (1 if with_controls else 0)
    if with_controls:
        assert view["checked"] == {name: text(value) for name, value in chosen.items()}
        # shape hints of the shown panel laid out (shape-hints.js measures lines): each hint shows
        # once, at the end of its line if it fits there, else under it
        assert all(at_end != under and (fits or not at_end) for at_end, fits, under in view["hints"]), view["hints"]


def variant_query(chosen: dict[str, str], default: dict[str, str]) -> dict[str, str]:
    stem = SNIPPET.removesuffix(".py")
    return {f"{stem}.{name}": token(value) for name, value in chosen.items() if value != default[name]}


def query_of(url: str) -> dict[str, str]:
    query = url.split("#")[0].partition("?")[2]
    return dict(part.split("=", 1) for part in query.split("&") if part)


def test_the_page_has_the_variants_it_should():
    """The page's snippet has variants: at least two names, every combination a variant (issue 19)."""
    found = choices()
    assert len(found) >= 2 and all(len(choice.values) >= 2 for choice in found), found
    assert len(combinations(found)) == math.prod(len(choice.values) for choice in found) <= 24


def test_every_variant_shows_alone_with_its_code_output_and_copy(tab, served):
    """Every control through every variant: one panel, its code, output, arrays, copy button, and its URL."""
    page = tab.page
    page.goto(url_of(served, PAGE, "ko") + "?keep=1#top", wait_until="networkidle")
    every = combinations(choices())
    default = every[0]
    assert_shows(shown(page), default)
    assert page.locator(BLOCK).count() == 1
    urls = {}
    for chosen in every[1:] + [default]:
        choose(page, chosen)
        view = shown(page)
        assert_shows(view, chosen)
        run = page.locator(BLOCK).locator(".snippet-variant:not([hidden]) .snippet-run").first
        assert copy_with_button(page, run) == expected_code(chosen), key(chosen)
        # the URL: this block's choices that differ from the default, the other parameter and the hash kept
        assert query_of(page.url) == {"keep": "1", **variant_query(chosen, default)}, page.url
        assert page.url.endswith("#top")
        urls[key(chosen)] = page.url
    # the status line for screen readers names the last variant chosen (the default)
    status = page.locator(f"{BLOCK} .snippet-variants__live")
    assert status.count() == 1 and status.get_attribute("aria-live") == "polite"
    assert all(f"{choice.name} = {choice.default}" in status.text_content() for choice in choices())
    tab.assert_clean()

    # each URL, opened in another page, shows its variant
    other = page.context.new_page()
    try:
        for chosen in every:
            other.goto(urls[key(chosen)], wait_until="domcontentloaded")
            other.wait_for_function("s => document.querySelector(s).hasAttribute('data-variants-ready')", arg=BLOCK)
            assert_shows(shown(other), chosen)
    finally:
        other.close()


def test_a_url_for_a_variant_that_does_not_exist_shows_the_default(tab, served):
    page = tab.page
    stem = SNIPPET.removesuffix(".py")
    first = choices()[0]
    page.goto(url_of(served, PAGE, "en") + f"?{stem}.{first.name}=no-such-value", wait_until="networkidle")
    assert_shows(shown(page), combinations(choices())[0])
    tab.assert_clean()


def test_a_link_to_a_line_of_a_hidden_variant_shows_that_variant(tab, served):
    """Opened at #<a line of a hidden variant's code> (or the hash changes to one): that variant shows, at that line."""
    page = tab.page
    every = combinations(choices())
    page.goto(url_of(served, PAGE, "ko"), wait_until="networkidle")

    def line(chosen):
        return page.locator(f"{BLOCK} .snippet-variant[data-variant='{key(chosen)}'] pre code a[id]").nth(5)

    page.goto(
        url_of(served, PAGE, "ko") + "?from=link#" + line(every[-1]).get_attribute("id"), wait_until="networkidle"
    )
    assert_shows(shown(page), every[-1])
    in_view = (
        "a => a.checkVisibility() && a.getBoundingClientRect().top >= 0 && a.getBoundingClientRect().top < innerHeight"
    )
    assert line(every[-1]).evaluate(in_view)
    page.evaluate("id => { location.hash = id }", line(every[1]).get_attribute("id"))
    page.wait_for_function(
        f"() => !document.querySelector(\"{BLOCK} .snippet-variant[data-variant='{key(every[1])}']\").hidden"
    )
    assert_shows(shown(page), every[1])
    assert line(every[1]).evaluate(in_view)
    tab.assert_clean()


def test_controls_wrap_on_a_phone(browser, served):
    """At 390 px the controls wrap inside the page, which does not scroll sideways."""
    tab = open_tab(browser, _origin(served), viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        every = combinations(choices())
        tab.page.goto(url_of(served, PAGE, "ko"), wait_until="networkidle")
        choose(tab.page, every[-1])
        assert_shows(shown(tab.page), every[-1])
        fits = tab.page.locator(f"{BLOCK} .snippet-variants__controls").evaluate(
            """box => [box.getBoundingClientRect().right <= box.closest('.md-content').getBoundingClientRect().right,
                       [...box.querySelectorAll('label, legend')].every(e => e.getBoundingClientRect().right
                                                                      <= box.getBoundingClientRect().right),
                       document.documentElement.scrollWidth <= document.documentElement.clientWidth]"""
        )
        assert fits == [True, True, True]
        # Korean words keep together in the controls and the note of changed lines, as everywhere
        root = 'document.querySelector(".md-content") || document.body'
        assert root in SPLIT_WORDS
        in_block = SPLIT_WORDS.replace(root, f"document.querySelector({json.dumps(BLOCK)})")
        assert tab.page.evaluate(in_block) == []
        tab.assert_clean()
    finally:
        tab.page.context.close()


def test_without_javascript_the_default_shows_and_no_controls(browser, served):
    tab = open_tab(browser, _origin(served), java_script_enabled=False)
    try:
        stem = SNIPPET.removesuffix(".py")
        last = combinations(choices())[-1]
        query = "&".join(f"{name}={value}" for name, value in variant_query(last, combinations(choices())[0]).items())
        tab.page.goto(url_of(served, PAGE, "ko") + "?" + query, wait_until="load")
        assert stem in query
        assert_shows(shown(tab.page, scripted=False), combinations(choices())[0], with_controls=False)
        tab.assert_clean()
    finally:
        tab.page.context.close()


# The last element the Tab key reaches before the block's controls (a link, a button, a field...)
FOCUS_BEFORE = """block => {
  const box = block.querySelector('.snippet-variants__controls');
  const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
    .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility())
    .filter(e => e.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING && !box.contains(e));
  const last = tabbable[tabbable.length - 1];
  last.focus();
  return document.activeElement === last;
}"""
ACTIVE = """() => { const e = document.activeElement;
  return [e.closest('.snippet-variants__control') ? e.closest('.snippet-variants__control').dataset.name : null,
          e.value, getComputedStyle(e).outlineStyle, parseFloat(getComputedStyle(e).outlineWidth)]; }"""


def test_keyboard_reaches_the_controls_and_arrows_switch(tab, served):
    page = tab.page
    page.goto(url_of(served, PAGE, "ko"), wait_until="networkidle")
    every = combinations(choices())
    default = every[0]
    found = choices()
    assert page.locator(BLOCK).evaluate(FOCUS_BEFORE)
    page.keyboard.press("Tab")
    name, value, outline, width = page.evaluate(ACTIVE)
    assert (name, value) == (found[0].name, text(default[found[0].name]))
    assert outline != "none" and width > 0, "focus is visible"
    chosen = dict(default)
    for index, choice in enumerate(found):
        if index:
            page.keyboard.press("Tab")  # one stop per radio group: the next name
            assert page.evaluate(ACTIVE)[0] == choice.name
        if page.locator(f"{BLOCK} .snippet-variants__control[data-name='{choice.name}'] select").count():
            page.keyboard.press("ArrowDown")
        else:
            page.keyboard.press("ArrowRight")
        # the next value (the arrow keys go round a group in its order)
        at = choice.values.index(chosen[choice.name])
        chosen[choice.name] = choice.values[(at + 1) % len(choice.values)]
        assert_shows(shown(page), chosen)
    tab.assert_clean()


SERIOUS = ("serious", "critical")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_axe_finds_nothing_serious_in_the_block_light_or_dark(tab, served, lang):
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    page = tab.page
    every = combinations(choices())
    page.goto(url_of(served, PAGE, lang), wait_until="networkidle")
    choose(page, every[-1])  # a variant other than the default: its changed lines are marked
    assert_shows(shown(page), every[-1])
    assert page.locator(f"{BLOCK} .snippet-variant:not([hidden]) .hll").count() > 0, "the changed lines are marked"
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    for scheme in ("default", "slate"):
        page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
        page.wait_for_timeout(100)
        # the changed lines stand out from the other lines of the code
        marked = page.locator(f"{BLOCK} .snippet-variant:not([hidden]) .hll").first.evaluate(
            """hll => [getComputedStyle(hll).backgroundColor, getComputedStyle(hll.closest('code')).backgroundColor,
                       getComputedStyle(hll).boxShadow]"""
        )
        assert marked[0] != marked[1] and marked[2] != "none", (scheme, marked)
        results = axe.Axe().run(page, context={"include": [[BLOCK]]})
        serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
        assert serious == [], (scheme, [(v["id"], [node["failureSummary"] for node in v["nodes"]]) for v in serious])
    tab.assert_clean()
