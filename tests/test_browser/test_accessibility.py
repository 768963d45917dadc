"""axe-core finds no serious or critical accessibility violation on any page, light or dark.

Every HTML page the build made (both languages, the notebook pages, 404) is loaded once; axe-core
(bundled by axe-playwright-python, nothing downloaded) runs on it in Material's light scheme, then
its colour rules again after switching the page to the dark one (``data-md-color-scheme`` on <body>,
as Material's own toggle does) without reloading; two tabs check two pages at a time, one test per
language (so two test workers share the pages). Fixes live in
docs/stylesheets/reader.css and overrides/, never in disabled rules.

Speed: one axe run per page and scheme, with only the rules that can fail the test (a rule whose
own impact and whose checks' impacts are all minor or moderate can never report a serious or
critical violation). And color-contrast, once ~80% of the time, checks only what it has not seen:
nearly every text element repeats from page to page (the same prose, navigation and code-token
colours on the same backgrounds), so it runs only on the text elements whose contrast *signature*
it has not yet passed in this scheme. The signature is everything axe's contrast computation reads
for in-flow text: the element's colour, font size and weight and text shadow, and the opacity and
background colour and image of it and of each of its ancestors. Equal signatures then mean equal
contrast, as long as nothing but its ancestors lies behind or over the text: so an element that any
positioned or transformed non-ancestor box overlaps is always checked, whatever its signature.
What axe passes is covered from then on; hidden text (closed solutions) is not checked by axe
either way. ``test_axe_reports_what_it_should`` shows that a bad colour on a covered page is still
found.

The same tabs record every request and console message of every page: ``test_every_page_...``
also proves no page of either language requests anything from another site or logs an error.
"""

from __future__ import annotations

import pytest

from tests.test_browser.conftest import _origin, open_tab

# Material's light and dark schemes (mkdocs.yml) and the rules axe runs in each: in the light scheme
# every rule that can report a serious or critical violation (``"all"``: chosen in the page from
# axe's own rule and check metadata; a rule that is at most moderate can never fail this test); in
# the dark one the rules that depend on colour, since the scheme changes nothing else.
SCHEMES = (
    ("default", "all"),
    ("slate", ["color-contrast", "link-in-text-block"]),
)
# The scheme switch is immediate: Material's colour transitions would repaint the whole tall page a
# dozen times before axe could start, and only the colours they end on are checked.
NO_MOTION = "*, *::before, *::after { transition: none !important; animation: none !important; }"
TABS = 2  # pages checked side by side: each tab's renderer runs axe on its own core

# Switch the scheme as Material's toggle does, wait for its colour transitions, then run axe once:
# the scheme's rules on the whole page, color-contrast among them but only on the visible text
# elements whose signature is not in ``covered`` or that a positioned box overlaps (they are marked
# for the rule's selector). The promise is collected later, so the tabs run at the same time; it
# gives the serious violations, the signatures color-contrast passed, and how many text elements
# it checked and left out as covered.
START_AXE = """
([scheme, rules, covered]) => {
  document.body.setAttribute("data-md-color-scheme", scheme)
  getComputedStyle(document.body).color  // apply the new scheme now, starting its transitions
  const SERIOUS = ["serious", "critical"]
  const RANK = {minor: 1, moderate: 2, serious: 3, critical: 4}
  const canBeSerious = rule => [rule.impact, ...[...rule.any, ...rule.all, ...rule.none]
    .map(check => (axe._audit.data.checks[check.id || check] || {}).impact)]
    .some(impact => RANK[impact] >= RANK.serious)
  const ruleIds = rules === "all"
    ? axe._audit.rules.filter(r => r.enabled !== false && !r.tags.includes("experimental") && canBeSerious(r))
        .map(r => r.id)
    : rules
  const signature = element => {
    const style = getComputedStyle(element)
    const parts = [style.color, style.fontSize, style.fontWeight, style.textShadow]
    let opacity = 1
    for (let e = element; e; e = e.parentElement) {
      const s = getComputedStyle(e)
      opacity *= Number(s.opacity)
      parts.push(s.backgroundColor, s.backgroundImage)
    }
    return [...parts, opacity].join("|")
  }
  const ownText = e => [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim())
  window.__axe = Promise.all(document.getAnimations().map(a => a.finished)).then(async () => {
    const texts = [...document.body.querySelectorAll("*")].filter(e => ownText(e) && e.checkVisibility())
    const boxes = [...document.body.querySelectorAll("*")].filter(e => {
      const s = getComputedStyle(e)
      return (s.position !== "static" || s.transform !== "none") && e.checkVisibility()
    }).map(e => [e, e.getBoundingClientRect()])
    const overlapped = e => {
      const r = e.getBoundingClientRect()
      return boxes.some(([box, b]) => !box.contains(e) && b.left < r.right && r.left < b.right
                                        && b.top < r.bottom && r.top < b.bottom)
    }
    const known = new Set(covered), signatures = new Map()
    texts.forEach(e => signatures.set(e, signature(e)))
    const check = texts.filter(e => !known.has(signatures.get(e)) || overlapped(e))
    check.forEach(e => e.setAttribute("data-axe-contrast", ""))
    axe.configure({rules: [{id: "color-contrast", selector: "[data-axe-contrast]"}]})
    const results = await axe.run(document, {
      runOnly: {type: "rule", values: ruleIds}, resultTypes: ["violations", "passes"],
      elementRef: true, selectors: false,
    })
    check.forEach(e => e.removeAttribute("data-axe-contrast"))
    const violations = results.violations.filter(v => SERIOUS.includes(v.impact))
      .map(v => ({rule: v.id, impact: v.impact, nodes: v.nodes.length,
                  first: v.nodes.slice(0, 3).map(n => n.html.slice(0, 120))}))
    const passed = results.passes.filter(rule => rule.id === "color-contrast").flatMap(rule => rule.nodes)
      .filter(n => signatures.has(n.element)).map(n => signatures.get(n.element))
    return {violations, passed: [...new Set(passed)], rules: ruleIds.length,
            checked: check.length, skipped: texts.length - check.length}
  })
  return true
}
"""


def axe_script() -> str:
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        pytest.fail("axe-playwright-python is not installed (pip install -r requirements.txt)", pytrace=False)
    return Axe().axe_script


def site_pages(site) -> list[str]:
    """Every HTML page of the built site, as a path relative to its root."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "search/")):
            continue
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


@pytest.fixture
def tabs(browser, served):
    # a tall viewport: axe's colour checks scroll less (the layout is the desktop one all the same)
    opened = [open_tab(browser, _origin(served), viewport={"width": 1300, "height": 4000}) for _ in range(TABS)]
    yield opened
    for tab in opened:
        tab.page.context.close()


def check(tabs, urls: list[str], script: str, covered: dict[str, set[str]]) -> dict[tuple[str, str], list]:
    """Serious and critical violations of each of ``urls`` (at most one per tab), by (url, scheme).

    ``covered`` (code signatures color-contrast passed, by scheme) grows with what these pages pass.
    """
    for tab, url in zip(tabs, urls):
        tab.page.goto(url)
        tab.page.evaluate(script)
        tab.page.add_style_tag(content=NO_MOTION)
    found = {}
    for scheme, rules in SCHEMES:
        for tab in tabs[: len(urls)]:
            tab.page.evaluate(START_AXE, [scheme, rules, sorted(covered[scheme])])
        for tab, url in zip(tabs, urls):
            result = tab.page.evaluate("() => window.__axe")
            found[url, scheme] = result["violations"]
            covered[scheme].update(result["passed"])
    return found


def language_pages(site, lang: str) -> list[str]:
    """The site's pages of one language (404.html goes with the Korean, the site root's language)."""
    english = [page for page in site_pages(site) if page.startswith("en/")]
    return english if lang == "en" else [page for page in site_pages(site) if page not in english]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_page_has_no_serious_or_critical_violation(tabs, served, built_site, lang):
    """Every page (lessons, notebooks, 404), light and dark; and no page requests another site or logs an error."""
    script = axe_script()
    pages = language_pages(built_site.site, lang)
    notebooks = "notebooks/" if lang == "ko" else "en/notebooks/"
    assert any(page.startswith(notebooks) for page in pages) and len(pages) > 20, pages
    assert lang == "en" or "404.html" in pages
    problems, covered = [], {scheme: set() for scheme, _ in SCHEMES}
    for at in range(0, len(pages), len(tabs)):
        found = check(tabs, [served + page for page in pages[at : at + len(tabs)]], script, covered)
        problems += [
            f"{url[len(served) :] or '/'} [{scheme}] {v['rule']} ({v['impact']}, {v['nodes']} nodes): {v['first']}"
            for (url, scheme), violations in found.items()
            for v in violations
        ]
    assert problems == [], f"{len(problems)} serious/critical axe-core violations:\n" + "\n".join(problems)
    assert [url for tab in tabs for url in tab.outside] == [], "requests that left the site"
    assert [error for tab in tabs for error in tab.errors] == [], "console errors or failed requests"


def run_axe(tab, scheme: str, rules, covered) -> dict:
    tab.page.evaluate(START_AXE, [scheme, rules, sorted(covered)])
    return tab.page.evaluate("() => window.__axe")


CODE_BLOCK = (
    '<div class="highlight"><pre><code><span class="k">import</span> <span class="nn">numpy</span></code></pre></div>'
)


def test_axe_reports_what_it_should(tabs, served):
    """The check is live in both schemes: an unnamed image, an unlabelled field and grey-on-grey text are found;
    text whose signature passed before is left out of color-contrast, but not once it has a colour not seen before."""
    tab = tabs[0]
    tab.page.goto(served)
    tab.page.evaluate(axe_script())
    tab.page.evaluate(
        "html => document.querySelector('article').insertAdjacentHTML('afterbegin', html + html)", CODE_BLOCK
    )
    covered = {}
    for scheme, scheme_rules in SCHEMES:
        first = run_axe(tab, scheme, scheme_rules, [])
        assert first["checked"] > 20 and first["passed"] and first["violations"] == [], (scheme, first)
        covered[scheme] = first["passed"]
        assert first["rules"] >= 60 if scheme_rules == "all" else first["rules"] == 2, first["rules"]  # of axe's 105
        again = run_axe(tab, scheme, scheme_rules, covered[scheme])
        # everything is covered now but text a positioned box overlaps, or that axe could not decide
        assert again["skipped"] > 0.8 * first["checked"] and again["checked"] < first["checked"] / 4, (scheme, again)
    tab.page.evaluate("""() => {
        document.querySelectorAll("article pre code")[1].insertAdjacentHTML("beforeend",
            ' <span class="k" style="opacity: 0.3">bad-token</span>')
        document.querySelector("article").insertAdjacentHTML("afterbegin",
            '<img src="data:,"><input><p style="color: #777; background: #888">grey</p>')
    }""")
    found = {}
    for scheme, scheme_rules in SCHEMES:
        result = run_axe(tab, scheme, scheme_rules, covered[scheme])
        found[scheme] = {v["rule"] for v in result["violations"]}
        contrast = [v for v in result["violations"] if v["rule"] == "color-contrast"]
        assert contrast and contrast[0]["nodes"] == 2, (scheme, contrast)  # the new token and the grey paragraph
        assert any("bad-token" in node for node in contrast[0]["first"]), (scheme, contrast)
    assert {"image-alt", "label", "color-contrast"} <= found["default"], found
    assert "color-contrast" in found["slate"], found
