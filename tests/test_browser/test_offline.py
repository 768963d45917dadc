"""The offline bundle opened from file:// (no server): pages render, search works, languages switch."""

from __future__ import annotations

import zipfile

import pytest

from rnn_site.offline_download import TOP_FOLDER, zip_site
from tests.test_browser.conftest import open_tab, search


@pytest.fixture
def file_tab(browser):
    tab = open_tab(browser, "file://", viewport={"width": 1300, "height": 900})
    yield tab
    tab.page.context.close()


@pytest.mark.parametrize(
    ("start", "query", "expected"),
    [("rnn-basics.html", "시퀀스", "rnn-basics.html"), ("en/index.html", "unfold", "en/rnn-basics.html")],
)
def test_search_works_from_file_urls(file_tab, offline_site, start, query, expected):
    root = offline_site.site.as_uri() + "/"
    file_tab.page.goto(root + start)
    results = search(file_tab.page, query)
    assert root + expected in results, results
    assert all(url.startswith("file://") for url in file_tab.requests)
    file_tab.assert_clean()


def test_language_switcher_from_file_urls(file_tab, offline_site):
    root = offline_site.site.as_uri() + "/"
    for start, lang, target in [("index.html", "en", "en/index.html"), ("en/rnn-basics.html", "ko", "rnn-basics.html")]:
        file_tab.page.goto(root + start)
        file_tab.page.locator(".md-header .md-select").hover()
        file_tab.page.locator(f".md-select a.md-select__link[hreflang={lang}]").click()
        file_tab.page.wait_for_url(root + target)
    file_tab.assert_clean()


def test_the_downloaded_zip_opens_from_file_urls_elsewhere(file_tab, offline_site, tmp_path):
    """What a reader of the hosted site does: download the zip, unzip it anywhere, open index.html."""
    archive = zip_site(offline_site.site, tmp_path / "download" / "rnn-basics-offline.zip")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "unzipped")
    root = (tmp_path / "unzipped" / TOP_FOLDER).as_uri() + "/"
    file_tab.page.goto(root + "index.html")
    assert file_tab.page.locator("h1").first.inner_text()
    assert root + "rnn-basics.html" in search(file_tab.page, "시퀀스")
    file_tab.page.goto(root + "en/index.html")
    assert root + "en/rnn-basics.html" in search(file_tab.page, "unfold")
    assert all(url.startswith(root) for url in file_tab.requests), "a request left the unzipped folder"
    file_tab.assert_clean()
