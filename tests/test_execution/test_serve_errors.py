"""Under ``mkdocs serve`` a failing snippet shows its error on its page; ``mkdocs build`` still fails on it.

The build runs in this process through MkDocs' own API, as ``mkdocs serve`` runs each rebuild
(``on_startup(command="serve")`` first), on a throwaway project of two pages and three snippets.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

CONFIG = """\
site_name: t
docs_dir: docs
plugins:
  - snippet-exec:
      timeout: 5
      languages: [ko, en]
markdown_extensions:
  - attr_list
  - md_in_html
  - admonition
  - pymdownx.highlight
  - pymdownx.superfences
"""


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SNIPPET_EXEC_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets").mkdir()
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "snippets" / "fine.py").write_text("print('fine')\n")
    (tmp_path / "snippets" / "raises.py").write_text("print('before')\nx = 1\nraise ValueError('boom')\n")
    (tmp_path / "snippets" / "syntax.py").write_text("print('a')\nif True print('b')\n")
    for lang in ("ko", "en"):
        body = '# P\n\n{{ run("fine.py") }}\n\n{{ run("raises.py") }}\n\n{{ run("syntax.py") }}\n'
        (tmp_path / "docs" / f"page.{lang}.md").write_text(body, encoding="utf-8")
    return tmp_path


def _build(project: Path, command: str) -> Path:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config.plugins.on_startup(command=command, dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return project / "site"


def test_serve_shows_each_error_on_its_page_and_the_other_snippets_output(project):
    site = _build(project, "serve")
    page = BeautifulSoup((site / "page.ko" / "index.html").read_text(encoding="utf-8"), "html.parser")
    runs = page.select("div.snippet-run")
    assert [run["data-snippet"] for run in runs] == ["fine.py", "raises.py", "syntax.py"]
    assert runs[0].select_one(".snippet-output").get_text().strip().endswith("fine")
    raised = runs[1].select_one(".snippet-error")
    assert raised["role"] == "alert" and raised["data-line"] == "3"
    assert "snippets/raises.py" in raised.get_text() and "ValueError: boom" in raised.get_text()
    assert "before" in runs[1].select_one(".snippet-output").get_text()  # the output so far
    assert "raise ValueError('boom')" in runs[1].select_one("pre code").get_text()  # the code that ran
    syntax = runs[2].select_one(".snippet-error")
    assert syntax["data-line"] == "2" and "SyntaxError" in syntax.get_text()


def test_the_error_block_speaks_the_pages_language(project):
    site = _build(project, "serve")
    titles = {}
    for lang, path in (("ko", site / "page.ko" / "index.html"), ("en", site / "page.en" / "index.html")):
        if not path.exists():  # without mkdocs-static-i18n each language is a page of its own
            continue
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        titles[lang] = page.select_one(".snippet-error .admonition-title").get_text()
    assert titles == {
        "ko": "스니펫 실행 오류: snippets/raises.py, 3번째 줄",
        "en": "The snippet failed: snippets/raises.py, line 3",
    }


def test_build_still_fails_on_it(project, caplog):
    from mkdocs.exceptions import Abort

    with pytest.raises(Abort):
        _build(project, "build")
    assert "snippets/raises.py:3 failed: raised ValueError: boom" in caplog.text or (
        "snippets/syntax.py:2 failed" in caplog.text  # a build stops at the first failure it sees
    )
    assert not (project / "site" / "page.ko" / "index.html").exists()


def test_a_fixed_snippet_shows_its_output_on_the_next_rebuild(project):
    site = _build(project, "serve")
    (project / "snippets" / "raises.py").write_text(textwrap.dedent("print('fixed')\n"))
    (project / "snippets" / "syntax.py").write_text("print('a')\n")
    site = _build(project, "serve")
    page = BeautifulSoup((site / "page.ko" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select(".snippet-error") == []
    assert "fixed" in page.select("div.snippet-run")[1].select_one(".snippet-output").get_text()


def test_a_bad_try_declaration_shows_on_its_page_and_a_fixed_one_shows_the_controls(project):
    """Serving, a '# try:' that cannot be honoured is the snippet's error, in place; the fixed file gets its variants."""
    (project / "snippets" / "fine.py").write_text("N = 2  # try: 1, 2, len('abc')\nprint('n', N)\n")
    site = _build(project, "serve")
    page = BeautifulSoup((site / "page.ko" / "index.html").read_text(encoding="utf-8"), "html.parser")
    error = page.select("div.snippet-run")[0].select_one(".snippet-error")
    assert error["data-line"] == "1" and "len('abc') is not a literal" in error.get_text()
    assert page.select(".snippet-variants") == []
    (project / "snippets" / "fine.py").write_text("N = 2  # try: 1, 2, 3\nprint('n', N)\n")
    site = _build(project, "serve")
    page = BeautifulSoup((site / "page.ko" / "index.html").read_text(encoding="utf-8"), "html.parser")
    group = page.select_one(".snippet-variants")
    assert [panel["data-variant"] for panel in group.select(".snippet-variant")] == ["N=2", "N=1", "N=3"]
    assert [
        panel.select_one(".snippet-output pre").get_text().strip() for panel in group.select(".snippet-variant")
    ] == [
        "n 2",
        "n 1",
        "n 3",
    ]
