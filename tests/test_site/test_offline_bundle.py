"""The offline bundle (``OFFLINE=true mkdocs build``) works from file:// : plain .html links, inlined search, no CDN.

The browser opens it from file:// in tests/test_browser/test_offline.py; this checks the files.
"""

from __future__ import annotations

import json

from tests.site_html import soup


def test_pages_are_plain_html_files(offline_site):
    site = offline_site.site
    for page in ["index.html", "rnn-basics.html", "en/index.html", "en/rnn-basics.html"]:
        assert (site / page).is_file(), page
    assert not (site / "rnn-basics" / "index.html").exists()  # use_directory_urls is off: file:// needs file names


def test_search_index_is_inlined_with_both_languages(offline_site):
    site = offline_site.site
    script = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    prefix = "var __index = "
    assert script.startswith(prefix)
    inlined = json.loads(script[len(prefix) :])
    assert inlined == json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in inlined["docs"]}
    assert {"rnn-basics.html", "en/rnn-basics.html"} <= locations  # i18n merged both languages before it was inlined


def test_the_worker_shim_is_local(offline_site):
    site = offline_site.site
    for page in ["rnn-basics.html", "en/rnn-basics.html"]:
        sources = [tag["src"] for tag in soup(site / page).find_all("script", src=True)]
        shims = [src for src in sources if "iframe-worker" in src]
        assert shims and all(not src.startswith(("http:", "https:", "//")) for src in shims), sources
    assert (site / "javascripts" / "iframe-worker-shim.js").is_file()
