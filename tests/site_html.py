"""Read a built site as a browser would: its pages, their URLs, links, ids and snippet runs (BeautifulSoup, no browser)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup


def html_files(site: Path) -> list[Path]:
    """Every HTML file of the built site, both languages."""
    return sorted(site.rglob("*.html"))


@cache
def soup(path: Path) -> BeautifulSoup:
    """The page at ``path``, parsed once per test process and shared by every test that reads it.

    Read it, never change it (tests/page_text.py copies a page before it removes parts).
    Parsing is most of what the site tests cost: a lesson page takes about 0.05 s.
    """
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def site_base(site: Path) -> str:
    """The site's published URL (``site_url``), read from the home page's canonical link."""
    canonical = soup(site / "index.html").find("link", rel="canonical")
    assert canonical is not None, "the home page has no canonical link: is site_url set in mkdocs.yml?"
    href = canonical["href"]
    return href[: -len("index.html")] if href.endswith("index.html") else href


def page_url(site: Path, page: Path) -> str:
    """The URL ``page`` is published at (``site_url`` + its path in the site)."""
    return site_base(site) + page.relative_to(site).as_posix()


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """(file, fragment) that ``href`` on ``page`` points to inside the site; None if it leaves the site."""
    base = site_base(site)
    target, _, fragment = urljoin(page_url(site, page), href).partition("#")
    target = urlsplit(target)._replace(query="").geturl()
    if not target.startswith(base):
        return None
    rel = unquote(target[len(base) :])
    path = site / rel
    if rel == "" or rel.endswith("/"):
        path = path / "index.html"
    return path, unquote(fragment)


@cache
def ids(path: Path) -> frozenset[str]:
    """Every fragment a link may target in ``path``: element ids and anchor names."""
    page = soup(path)
    return frozenset(
        [tag["id"] for tag in page.find_all(id=True)]
        + [tag["name"] for tag in page.find_all("a", attrs={"name": True})]
    )


EMBED_RUN = "div.snippet-run:not(.snippet-run--variant)"
"""One per embed: an embed with variants shows its default run first and marks the other runs as variants."""


def shown_runs(page: BeautifulSoup) -> list[tuple[str, str]]:
    """(snippet name, shown output) of each embed's run on a parsed page (a snippet's default variant)."""
    runs = []
    for block in page.select(EMBED_RUN):
        output = block.select_one(".snippet-output pre code")
        runs.append((block["data-snippet"], output.get_text() if output else ""))
    return runs


def omitted_lines(page: BeautifulSoup) -> list[int]:
    """For each run of a parsed page, how many lines of its output the page left out (long output is cut)."""
    notes = [block.select_one(".snippet-output__omitted") for block in page.select(EMBED_RUN)]
    return [int(note["data-omitted-lines"]) if note else 0 for note in notes]
