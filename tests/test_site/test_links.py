"""No broken internal link or anchor, in either language, on the served site and in the offline bundle."""

from __future__ import annotations

import pytest

from tests.site_html import html_files, ids, resolve, soup


def broken_links(site) -> list[str]:
    """``page: href (why)`` for every same-site ``<a href>`` whose file or ``#fragment`` does not exist."""
    problems = []
    for page in html_files(site):
        for anchor in soup(page).find_all("a", href=True):
            href = anchor["href"]
            target = resolve(site, page, href)
            if target is None:
                continue  # another site: not ours to check offline
            path, fragment = target
            where = f"{page.relative_to(site)}: {href}"
            if not path.is_file():
                problems.append(f"{where} (no file {path.relative_to(site)})")
            elif fragment and fragment not in ids(path):
                problems.append(f"{where} (no id {fragment!r} in {path.relative_to(site)})")
    return problems


@pytest.mark.parametrize("bundle", ["built_site", "offline_site"])
def test_no_broken_internal_link_or_anchor(bundle, request):
    site = request.getfixturevalue(bundle).site
    pages = html_files(site)
    assert any(p.parent.name == "en" for p in pages) and (site / "index.html") in pages  # both languages
    assert broken_links(site) == []


def test_the_checker_sees_a_broken_anchor_and_a_missing_page(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text(
        '<link rel="canonical" href="https://example.org/site/">'
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="#gone">bad</a>'
        '<a href="en/">ok</a><a href="nowhere/">bad</a><a href="https://example.com/">other site</a>',
        encoding="utf-8",
    )
    (tmp_path / "en" / "index.html").write_text('<a href="../#here">ok</a><a href="../#_9">bad</a>', encoding="utf-8")
    assert broken_links(tmp_path) == [
        "en/index.html: ../#_9 (no id '_9' in index.html)",
        "index.html: #gone (no id 'gone' in index.html)",
        "index.html: nowhere/ (no file nowhere/index.html)",
    ]


@pytest.mark.parametrize("bundle", ["built_site", "offline_site"])
def test_internal_links_are_relative(bundle, request):
    """A link to the site by absolute path or URL breaks when the folder is served elsewhere or opened from file://.

    404.html is left out: the server shows it at any depth, so MkDocs gives it absolute links on purpose.
    """
    site = request.getfixturevalue(bundle).site
    absolute = [
        f"{page.relative_to(site)}: {a['href']}"
        for page in html_files(site)
        if page.name != "404.html"
        for a in soup(page).find_all("a", href=True)
        if a["href"].startswith(("/", "http:", "https:")) and resolve(site, page, a["href"]) is not None
    ]
    assert absolute == []


@pytest.mark.parametrize("bundle", ["built_site", "offline_site"])
def test_no_page_repeats_an_id(bundle, request):
    """An id names one element (two figures of a page once shared matplotlib's ``figure_1``)."""
    import collections
    import re

    site = request.getfixturevalue(bundle).site
    repeated = {}
    for page in sorted(site.rglob("*.html")):
        ids = collections.Counter(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))
        twice = sorted(name for name, count in ids.items() if count > 1)
        if twice:
            repeated[page.relative_to(site).as_posix()] = twice[:5]
    assert not repeated, repeated
