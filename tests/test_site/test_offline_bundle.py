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


def test_the_home_pages_say_how_to_read_offline_and_the_bundle_does_not(built_site, offline_site):
    """Without OFFLINE_ZIP (a clone) the home pages say how to build the bundle; in the bundle the note is gone."""
    for index in ["index.html", "en/index.html"]:
        text = soup(built_site.site / index).get_text()
        assert "OFFLINE=true mkdocs build -d site-offline" in text, index
        assert "offline-download" not in (built_site.site / index).read_text(encoding="utf-8")
        assert "OFFLINE=true" not in soup(offline_site.site / index).get_text(), index


def test_the_search_index_keeps_the_glossary_tags_in_the_bundle(offline_site):
    """search-terms runs before offline inlines the index: the defining pages keep their tags."""
    script = (offline_site.site / "search" / "search_index.js").read_text(encoding="utf-8")
    inlined = json.loads(script[len("var __index = ") :])
    tagged = {doc["location"]: doc["tags"] for doc in inlined["docs"] if doc.get("tags")}
    assert "원-핫 벡터" in tagged["rnn-basics.html"] and "one-hot vector" in tagged["en/rnn-basics.html"]
