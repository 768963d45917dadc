"""Every page that runs a snippet says what its outputs were produced with, and so does its notebook."""

from __future__ import annotations

import datetime
import platform
from importlib import metadata

import nbformat
import pytest

from tests.conftest import LANGUAGES, page_path, pages
from tests.site_html import soup
from tests.test_site.test_notebooks import lessons, notebook_file


def installed() -> dict[str, str]:
    """The versions this test process has, asked independently of the build's code."""
    return {
        "python": platform.python_version(),
        "tensorflow": metadata.version("tensorflow"),
        "keras": metadata.version("keras"),
        "numpy": metadata.version("numpy"),
    }


def stamps(site, page: str, lang: str) -> list:
    return soup(page_path(site, page, lang)).select("article p.snippet-stamp")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", lessons())
def test_lesson_page_shows_the_installed_versions_and_the_run_date(built_site, page, lang):
    found = stamps(built_site.site, page, lang)
    assert len(found) == 1, f"{page}.{lang}: {len(found)} stamps"
    stamp = found[0]
    text = stamp.get_text()
    for key, version in installed().items():
        assert stamp[f"data-{key}"] == version, (page, lang, key)
        assert version in text
    ran_at = datetime.date.fromisoformat(stamp["data-ran-at"])
    assert ran_at <= datetime.datetime.now(datetime.timezone.utc).date()
    assert stamp["data-ran-at"] in text
    assert ("실행한 결과입니다" in text) if lang == "ko" else ("The outputs on this page come from" in text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_without_snippets_have_no_stamp(built_site, lang):
    for page in sorted(set(pages()) - set(lessons())):
        assert stamps(built_site.site, page, lang) == [], page


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", lessons())
def test_notebook_carries_the_stamp_in_its_metadata_and_first_cell(built_site, page, lang):
    nb = nbformat.read(notebook_file(built_site.site, page, lang), as_version=4)
    executed_with = nb.metadata["rnn_site"]["executed_with"]
    page_stamp = stamps(built_site.site, page, lang)[0]
    for key, version in installed().items():
        assert executed_with[key] == version
        assert version in nb.cells[0].source
    assert executed_with["ran_at"] == page_stamp["data-ran-at"]
    assert nb.cells[0].cell_type == "markdown" and executed_with["ran_at"] in nb.cells[0].source
