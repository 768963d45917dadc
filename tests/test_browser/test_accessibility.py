"""axe-core finds no serious or critical accessibility violation on any page, light or dark.

Every HTML page the build made (both languages, the notebook pages, 404) is loaded once; axe-core
(bundled by axe-playwright-python, nothing downloaded) runs on it in Material's light scheme, then
its colour rules again after switching the page to the dark one (``data-md-color-scheme`` on <body>,
as Material's own toggle does) without reloading; two tabs check two pages at a time. Fixes live in docs/stylesheets/reader.css and overrides/, never
in disabled rules.
"""

from __future__ import annotations

import pytest

from tests.test_browser.conftest import _origin, open_tab

SERIOUS = ("serious", "critical")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Material's light and dark schemes (mkdocs.yml) and the axe options for each: every rule in the light
# scheme; in the dark one the rules that depend on colour, since the scheme changes nothing else.
SCHEMES = (("default", {}), ("slate", {"runOnly": {"type": "rule", "values": COLOUR_RULES}}))
TABS = 2  # pages checked side by side: each tab's renderer runs axe on its own core

# Switch the scheme as Material's toggle does, wait for its colour transitions, then start axe; the
# promise is collected later, so the tabs run at the same time.
START_AXE = """
([scheme, options]) => {
  document.body.setAttribute("data-md-color-scheme", scheme)
  getComputedStyle(document.body).color  // apply the new scheme now, starting its transitions
  window.__axe = Promise.all(document.getAnimations().map(a => a.finished))
    .then(() => axe.run(document, {...options, resultTypes: ["violations"]}))
    .then(results => results.violations
      .filter(v => ["serious", "critical"].includes(v.impact))
      .map(v => ({rule: v.id, impact: v.impact, nodes: v.nodes.length,
                  first: v.nodes.slice(0, 3).map(n => n.target.join(" "))})))
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


def check(tabs, urls: list[str], script: str) -> dict[tuple[str, str], list]:
    """Serious and critical violations of each of ``urls`` (at most one per tab), by (url, scheme)."""
    for tab, url in zip(tabs, urls):
        tab.page.goto(url)
        tab.page.evaluate(script)
    found = {}
    for scheme, options in SCHEMES:
        for tab in tabs[: len(urls)]:
            tab.page.evaluate(START_AXE, [scheme, options])
        for tab, url in zip(tabs, urls):
            found[url, scheme] = tab.page.evaluate("() => window.__axe")
    return found


def test_every_page_has_no_serious_or_critical_violation(tabs, served, built_site):
    script = axe_script()
    pages = site_pages(built_site.site)
    assert any(page.startswith("en/notebooks/") for page in pages) and "404.html" in pages, pages
    problems = []
    for at in range(0, len(pages), len(tabs)):
        found = check(tabs, [served + page for page in pages[at : at + len(tabs)]], script)
        problems += [
            f"{url[len(served) :] or '/'} [{scheme}] {v['rule']} ({v['impact']}, {v['nodes']} nodes): {v['first']}"
            for (url, scheme), violations in found.items()
            for v in violations
        ]
    assert problems == [], f"{len(problems)} serious/critical axe-core violations:\n" + "\n".join(problems)
    assert [url for tab in tabs for url in tab.outside] == [], "requests that left the site"


def test_axe_reports_what_it_should(tabs, served):
    """The check is live in both schemes: an unnamed image, an unlabelled field and grey-on-grey text are found."""
    tab = tabs[0]
    tab.page.goto(served)
    tab.page.evaluate("""() => document.querySelector("article").insertAdjacentHTML("afterbegin",
        '<img src="data:,"><input><p style="color: #777; background: #888">grey</p>')""")
    tab.page.evaluate(axe_script())
    rules = {}
    for scheme, options in SCHEMES:
        tab.page.evaluate(START_AXE, [scheme, options])
        rules[scheme] = {v["rule"] for v in tab.page.evaluate("() => window.__axe")}
    assert {"image-alt", "label", "color-contrast"} <= rules["default"], rules
    assert "color-contrast" in rules["slate"], rules
