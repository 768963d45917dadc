"""axe-core finds no serious or critical accessibility violation on any page, light or dark.

Every HTML page the build made (both languages, the notebook pages, 404) is loaded once; axe-core
(bundled by axe-playwright-python, nothing downloaded) runs on it in Material's light scheme, then
its colour rules again after switching the page to the dark one (``data-md-color-scheme`` on <body>,
as Material's own toggle does) without reloading; two tabs check two pages at a time. Fixes live in
docs/stylesheets/reader.css and overrides/, never in disabled rules.

Speed: color-contrast was ~80% of the time, nearly all of it on the code blocks' thousands of
highlighted tokens, which repeat the same few colours on every page. So every rule except
color-contrast runs on the whole page, and color-contrast runs on the whole page minus the code
blocks (``pre``) it has already covered in this scheme: a block is left out only when every visible
text element in it has a contrast *signature* (its colour, font size and weight, text shadow, the
opacity and background colours/images of it and each of its ancestors: everything axe's
contrast computation reads for in-flow text) that axe already passed on an earlier page in the same
scheme. A block with any new signature is checked whole, and what axe passes there is covered from
then on; hidden text (closed solutions) is not checked by axe either way. Nothing is positioned over
the code text but its ancestors (the copy button is see-through), so equal signatures mean equal
contrast. ``test_axe_reports_what_it_should`` shows a bad colour inside an otherwise covered block is
still found.
"""

from __future__ import annotations

import pytest

from tests.test_browser.conftest import _origin, open_tab

SERIOUS = ("serious", "critical")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Material's light and dark schemes (mkdocs.yml) and the axe options for each (color-contrast aside,
# it runs separately): every rule in the light scheme; in the dark one the rules that depend on
# colour, since the scheme changes nothing else.
SCHEMES = (
    ("default", {"rules": {"color-contrast": {"enabled": False}}}),
    ("slate", {"runOnly": {"type": "rule", "values": [r for r in COLOUR_RULES if r != "color-contrast"]}}),
)
TABS = 2  # pages checked side by side: each tab's renderer runs axe on its own core

# Switch the scheme as Material's toggle does, wait for its colour transitions, then start axe: the
# rules of ``options`` on the page, and color-contrast without the code blocks whose every visible
# text element has a signature in ``covered``. The promise is collected later, so the tabs run at
# the same time; it gives the serious violations and the code signatures color-contrast passed.
START_AXE = """
([scheme, options, covered]) => {
  document.body.setAttribute("data-md-color-scheme", scheme)
  getComputedStyle(document.body).color  // apply the new scheme now, starting its transitions
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
  const serious = results => results.violations
    .filter(v => ["serious", "critical"].includes(v.impact))
    .map(v => ({rule: v.id, impact: v.impact, nodes: v.nodes.length,
                first: v.nodes.slice(0, 3).map(n => (n.target || []).join(" ") || n.html.slice(0, 120))}))
  window.__axe = Promise.all(document.getAnimations().map(a => a.finished)).then(async () => {
    const others = await axe.run(document, {...options, resultTypes: ["violations"]})
    const known = new Set(covered), signatures = new Map(), skip = []
    for (const pre of document.querySelectorAll("pre")) {
      const texts = [pre, ...pre.querySelectorAll("*")].filter(e => ownText(e) && e.checkVisibility())
      texts.forEach(e => signatures.set(e, signature(e)))
      if (texts.every(e => known.has(signatures.get(e))))
        skip.push(pre)
    }
    const contrast = await axe.run({include: [document], exclude: skip}, {
      runOnly: {type: "rule", values: ["color-contrast"]},
      resultTypes: ["violations", "passes"], elementRef: true, selectors: false,
    })
    const passed = contrast.passes.flatMap(rule => rule.nodes)
      .filter(n => signatures.has(n.element)).map(n => signatures.get(n.element))
    return {violations: [...serious(others), ...serious(contrast)], passed: [...new Set(passed)],
            skipped: skip.length}
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


@pytest.fixture(scope="module")
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
    found = {}
    for scheme, options in SCHEMES:
        for tab in tabs[: len(urls)]:
            tab.page.evaluate(START_AXE, [scheme, options, sorted(covered[scheme])])
        for tab, url in zip(tabs, urls):
            result = tab.page.evaluate("() => window.__axe")
            found[url, scheme] = result["violations"]
            covered[scheme].update(result["passed"])
    return found


def test_every_page_has_no_serious_or_critical_violation(tabs, served, built_site):
    script = axe_script()
    pages = site_pages(built_site.site)
    assert any(page.startswith("en/notebooks/") for page in pages) and "404.html" in pages, pages
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


def run_axe(tab, scheme: str, options: dict, covered) -> dict:
    tab.page.evaluate(START_AXE, [scheme, options, sorted(covered)])
    return tab.page.evaluate("() => window.__axe")


CODE_BLOCK = (
    '<div class="highlight"><pre><code><span class="k">import</span> <span class="nn">numpy</span></code></pre></div>'
)


def test_axe_reports_what_it_should(tabs, served):
    """The check is live in both schemes: an unnamed image, an unlabelled field and grey-on-grey text are found;
    a covered code block is left out of color-contrast, but not once it holds a colour not seen before."""
    tab = tabs[0]
    tab.page.goto(served)
    tab.page.evaluate(axe_script())
    tab.page.evaluate(
        "html => document.querySelector('article').insertAdjacentHTML('afterbegin', html + html)", CODE_BLOCK
    )
    covered = {}
    for scheme, options in SCHEMES:
        first = run_axe(tab, scheme, options, [])
        assert first["skipped"] == 0 and first["passed"] and first["violations"] == [], (scheme, first)
        covered[scheme] = first["passed"]
        assert run_axe(tab, scheme, options, covered[scheme])["skipped"] == 2, scheme  # both blocks covered
    tab.page.evaluate("""() => {
        document.querySelectorAll("article pre code")[1].insertAdjacentHTML("beforeend",
            ' <span class="k" style="opacity: 0.3">bad-token</span>')
        document.querySelector("article").insertAdjacentHTML("afterbegin",
            '<img src="data:,"><input><p style="color: #777; background: #888">grey</p>')
    }""")
    rules = {}
    for scheme, options in SCHEMES:
        result = run_axe(tab, scheme, options, covered[scheme])
        assert result["skipped"] == 1, scheme  # the block with the new colour is checked again
        rules[scheme] = {v["rule"] for v in result["violations"]}
        contrast = [v for v in result["violations"] if v["rule"] == "color-contrast"]
        assert contrast and any("bad-token" in node for node in contrast[0]["first"]), (scheme, contrast)
    assert {"image-alt", "label", "color-contrast"} <= rules["default"], rules
    assert "color-contrast" in rules["slate"], rules
