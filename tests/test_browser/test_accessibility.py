"""axe-core finds no serious or critical accessibility violation on any page, light or dark.

Every HTML page the build made (both languages, the notebook pages, 404) is loaded once; axe-core
(bundled by axe-playwright-python, nothing downloaded) runs on it in Material's light scheme, then
again after switching the page to the dark one (``data-md-color-scheme`` on <body>, as Material's
own toggle does) without reloading. Fixes live in docs/stylesheets/reader.css and overrides/, never
in disabled rules.
"""

from __future__ import annotations

import pytest

from tests.test_browser.conftest import _origin, open_tab

SCHEMES = ("default", "slate")  # Material's light and dark schemes, as in mkdocs.yml
SERIOUS = ("serious", "critical")

RUN_AXE = """
() => axe.run(document, {resultTypes: ["violations"]}).then(results => results.violations
  .filter(v => ["serious", "critical"].includes(v.impact))
  .map(v => ({rule: v.id, impact: v.impact, nodes: v.nodes.length,
              first: v.nodes.slice(0, 3).map(n => n.target.join(" "))})))
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
def reader(browser, served):
    tab = open_tab(browser, _origin(served), viewport={"width": 1300, "height": 900})
    yield tab
    tab.page.context.close()


def violations(page, script: str) -> dict[str, list]:
    """Serious and critical violations on the loaded page, by scheme."""
    page.evaluate(script)
    found = {}
    for scheme in SCHEMES:
        page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
        found[scheme] = page.evaluate(RUN_AXE)
    return found


def test_every_page_has_no_serious_or_critical_violation(reader, served, built_site):
    script = axe_script()
    pages = site_pages(built_site.site)
    assert any(page.startswith("en/notebooks/") for page in pages) and "404.html" in pages, pages
    problems = []
    for page in pages:
        reader.page.goto(served + page)
        for scheme, found in violations(reader.page, script).items():
            problems += [f"{page or '/'} [{scheme}] {v['rule']} ({v['impact']}, {v['nodes']} nodes): {v['first']}" for v in found]
    assert problems == [], f"{len(problems)} serious/critical axe-core violations:\n" + "\n".join(problems)


def test_axe_reports_what_it_should(reader, served):
    """The check is live: a page with an unnamed image and an unlabelled field has violations."""
    reader.page.goto(served)
    reader.page.evaluate("""() => {
        const article = document.querySelector("article")
        article.insertAdjacentHTML("afterbegin", '<img src="data:," id="bad-img"><input id="bad-input">')
    }""")
    found = violations(reader.page, axe_script())
    for scheme in SCHEMES:
        rules = {v["rule"] for v in found[scheme]}
        assert {"image-alt", "label"} <= rules, (scheme, rules)
