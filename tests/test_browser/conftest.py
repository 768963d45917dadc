"""One headless Chromium for the session (Debian's ``chromium``, driven by Playwright) and the built site served on 127.0.0.1.

No browser is ever downloaded (never ``playwright install``): the tests use the system Chromium at
``$CHROMIUM`` (default ``/usr/bin/chromium``). Without it they are skipped locally with the reason, and
they fail when ``CI`` is set, so CI cannot pass without running them.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}:
        pytest.fail(
            f"browser tests cannot run in CI: {reason} (install it: apt-get install -y chromium fonts-noto-cjk)",
            pytrace=False,
        )
    pytest.skip(
        f"browser tests skipped: {reason} (apt-get install -y chromium fonts-noto-cjk; pip install -r requirements.txt)"
    )


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, one for the whole session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed")
    if not CHROMIUM.is_file():
        _unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A request the browser dropped half-way (navigating on) is no error; anything else still prints."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def served(built_site) -> str:
    """The built site over HTTP on 127.0.0.1 (a free port), as its root URL."""
    handler = functools.partial(_QuietHandler, directory=str(built_site.site))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@dataclass
class Tab:
    """A page in its own browser context, with everything it requested and every error it logged."""

    page: object
    origin: str
    requests: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.outside == [], "requests that left the site"
        assert self.errors == [], "console errors"

    def fresh(self) -> Tab:
        """This tab as a first visit: nothing recorded, the site's local and session storage empty."""
        self.requests.clear()
        self.outside.clear()
        self.errors.clear()
        self.page.emulate_media(color_scheme="light")  # Playwright's default, which a test may have changed
        if self.page.url.startswith(("http", "file:")):
            self.page.evaluate("() => { localStorage.clear(); sessionStorage.clear() }")
        return self


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def open_tab(browser, origin: str, **context_options) -> Tab:
    """A new context and page that records every request (blocking any to another origin) and every error."""
    context = browser.new_context(**context_options)
    tab = Tab(context.new_page(), origin)

    def route(route, request):
        tab.requests.append(request.url)
        same = request.url.startswith("file:") if origin == "file://" else _origin(request.url) == origin
        if same or request.url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            tab.outside.append(request.url)
            route.abort()

    context.route("**/*", route)
    tab.page.on(
        "console",
        lambda message: (
            message.type == "error" and tab.errors.append(f"{message.text} ({message.location.get('url')})")
        ),
    )
    tab.page.on("pageerror", lambda error: tab.errors.append(f"uncaught: {error}"))
    # ERR_ABORTED is a request cut short by navigating on (a favicon still loading, say): not a broken resource.
    tab.page.on(
        "requestfailed",
        lambda request: (
            request.url not in tab.outside
            and request.failure != "net::ERR_ABORTED"
            and tab.errors.append(f"failed: {request.url} {request.failure}")
        ),
    )
    return tab


DESKTOP = {"width": 1300, "height": 900}
_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


@pytest.fixture(scope="session")
def _desktop_tabs(browser, served):
    """The desktop tab that the tests of this worker share, in a list: a failed test's tab is replaced."""
    kept: list[Tab] = []
    yield kept
    for tab in kept:
        tab.page.context.close()


@pytest.fixture
def tab(_desktop_tabs, browser, served, request):
    """A desktop tab on the served site as on a first visit; the clipboard can be read (copy-button test).

    One page serves every test of a worker, emptied before each (``Tab.fresh``): a new page starts
    a new renderer process, about 1 s of CPU per test, while navigating on within the site reuses it.
    After a test that failed, or if the page cannot be emptied, the next one starts in a new context.
    """
    from playwright.sync_api import Error

    def new_tab() -> Tab:
        return open_tab(browser, _origin(served), permissions=["clipboard-read", "clipboard-write"], viewport=DESKTOP)

    if not _desktop_tabs:
        _desktop_tabs.append(new_tab())
    try:
        shared = _desktop_tabs[0].fresh()
    except Error:  # e.g. the last test left a navigation under way
        _desktop_tabs.pop().page.context.close()
        _desktop_tabs.append(shared := new_tab())
    yield shared
    if request.node.stash.get(_FAILED, True):
        _desktop_tabs.pop().page.context.close()


def search(page, query: str) -> list[str]:
    """Type ``query`` into Material's search box; the result pages' URLs, best first (sections left out)."""
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    box.fill(query)
    box.press("End")  # Material searches on keyup
    meta = page.locator(".md-search-result__meta")
    # wait until the meta line reports a result count (not "type to start" / "initializing search")
    page.wait_for_function(
        """q => {
            const meta = document.querySelector('.md-search-result__meta');
            const box = document.querySelector('input[data-md-component=search-query]');
            return meta && box.value === q && !/검색어를 입력|검색 초기화|Type to start|Initializing/.test(meta.textContent);
        }""",
        arg=query,
    )
    page.wait_for_timeout(300)  # let the result list settle
    assert meta.is_visible()
    hrefs = page.locator(".md-search-result__item a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)"
    )
    return list(dict.fromkeys(href.split("#")[0] for href in hrefs))


def unfold(locator) -> None:
    """Open every closed ``<details>`` around ``locator`` (outermost first) by clicking its summary, as a reader would.

    Exercise solutions sit in folded ``??? success`` blocks: their code is hidden, so it cannot be hovered or clicked.
    """
    folded = locator.locator("xpath=ancestor::details[not(@open)]")
    for index in range(folded.count()):
        folded.nth(index).locator("xpath=./summary").click()
    assert locator.is_visible(), "still hidden after opening its <details>"


def copy_with_button(page, run) -> str:
    """What the copy button of the snippet block ``run`` puts on the clipboard (unfolded and hovered first)."""
    unfold(run)
    run.scroll_into_view_if_needed()
    page.evaluate("navigator.clipboard.writeText('')")
    run.hover()
    run.locator("button.md-code__button[data-md-type=copy]").first.click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    return page.evaluate("navigator.clipboard.readText()")


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

# What a phone shows of the page: its language, split Hangul words, whether it scrolls sideways, and
# each shape hint's (under its line?, display of the span, display of its ::after text).
PHONE_VIEW = (
    """() => ({
  lang: document.documentElement.lang,
  split: ("""
    + SPLIT_WORDS
    + """)(),
  overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  hints: [...document.querySelectorAll('.shape-hint')].map(s =>
    [s.classList.contains('shape-hint--below'), getComputedStyle(s).display, getComputedStyle(s, '::after').display]),
})"""
)


def korean_pages(site: Path) -> list[str]:
    """Every page of the Korean site (not under en/), as a path relative to the site root."""
    found = []
    for index in sorted(site.rglob("index.html")):
        rel = index.relative_to(site).parent.as_posix()
        if rel.split("/")[0] in {"en", "assets", "search"}:
            continue
        found.append("" if rel == "." else rel + "/")
    return found


@dataclass
class PhonePages:
    """Every Korean page as a phone (390 px, touch) shows it, read once for all the phone checks."""

    tab: Tab
    pages: dict[str, dict]  # page path -> PHONE_VIEW's reading


@pytest.fixture(scope="session")
def phone_pages(browser, served, built_site) -> PhonePages:
    tab = open_tab(browser, _origin(served), viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=1)
    seen = {}
    for page in korean_pages(built_site.site):
        tab.page.goto(served + page)
        seen[page] = tab.page.evaluate(PHONE_VIEW)
    yield PhonePages(tab, seen)
    tab.page.context.close()
