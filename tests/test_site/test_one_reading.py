"""Each page is read once per build: embeds, broken formulas and headings come from one conversion.

The build runs in this process (MkDocs' own API, with the site's mkdocs.yml: mkdocs-static-i18n
builds each language, the notebooks plugin writes a notebook per lesson page) on a copy of the
site with its home and one lesson page, snippets not executed.
"""

from __future__ import annotations

import os

from tests.conftest import copy_project


def test_each_page_is_read_once_per_build_for_every_plugin(tmp_path, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from rnn_site import reading

    project = copy_project(tmp_path / "project")
    for page in (project / "docs").rglob("*.md"):
        if not page.name.startswith(("index.", "rnn-basics.")):
            page.unlink()
    monkeypatch.chdir(project)
    monkeypatch.setenv("SNIPPET_EXEC", "off")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    reading.PARSES.clear()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    assert (tmp_path / "site" / "en" / "rnn-basics" / "index.html").is_file()
    assert (tmp_path / "site" / "notebooks" / "rnn-basics" / "rnn-basics.ko.ipynb").is_file()
    pages = {f"docs/{name}" for name in os.listdir(project / "docs") if name.endswith(".md")}
    assert {"docs/rnn-basics.ko.md", "docs/rnn-basics.en.md"} <= pages
    assert dict(reading.PARSES) == dict.fromkeys(sorted(pages), 1)
