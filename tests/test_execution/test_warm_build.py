"""A warm build (nothing changed since the cold one) runs no snippet and never imports TensorFlow.

The warm build is the offline bundle's (``offline_site``: the same sources and the cold build's
cache, with Material's offline plugin on): its snippet blocks must equal the cold build's.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.conftest import LANGUAGES, page_path, pages


def _offline_page(site, page: str, lang: str):
    """The offline bundle's file of a page: ``<page>.html`` (no directory URLs on file://)."""
    prefix = site if lang == LANGUAGES[0] else site / lang
    return prefix / f"{page}.html"


def _snippet_blocks(html: str) -> list[str]:
    return [str(run) for run in BeautifulSoup(html, "html.parser").select("div.snippet-run")]


def test_warm_build_runs_nothing_and_imports_no_tensorflow(built_site, offline_site):
    assert offline_site.imported == (), "the warm build imported " + ", ".join(offline_site.imported[:5])
    assert " ran in " not in offline_site.log and "running " not in offline_site.log, offline_site.log
    assert "snippet(s) ran: " in offline_site.log and "from the cache" in offline_site.log, offline_site.log
    shown = 0
    for page in pages():
        for lang in LANGUAGES:
            cold = _snippet_blocks(page_path(built_site.site, page, lang).read_text(encoding="utf-8"))
            warm = _snippet_blocks(_offline_page(offline_site.site, page, lang).read_text(encoding="utf-8"))
            assert warm == cold, (page, lang)
            shown += len(cold)
    assert shown > 100, shown
