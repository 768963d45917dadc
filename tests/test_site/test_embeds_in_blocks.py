"""Embeds inside an admonition, a folded solution and a content tab render inside them, in both languages.

One real ``mkdocs build`` of a small copy of the site (only the home pages and
one page made here, with three tiny snippets), so it stays fast.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup

from tests.conftest import LANGUAGES, build_site, copy_project, page_path

PAGE = """# {title}

!!! note "{note}"
    {{{{ run("in_note.py") }}}}

??? success "{solution}"
    {{{{ run("in_solution.py") }}}}

=== "{tab}"

    {{{{ run("in_tab.py") }}}}

<!--
{{{{ run("never_runs.py") }}}}
-->
"""
WORDS = {
    "ko": {"title": "블록 안의 스니펫", "note": "참고", "solution": "풀이", "tab": "탭"},
    "en": {"title": "Snippets inside blocks", "note": "Note", "solution": "Solution", "tab": "Tab"},
}
SNIPPETS = {
    "in_note.py": "print('printed in the note')\n",
    "in_solution.py": "print('printed in the solution')\n",
    "in_tab.py": "print('printed in the tab')\n",
    "never_runs.py": "raise SystemExit('an embed inside an HTML comment ran')\n",
}
BLOCKS = {"in_note.py": "div.admonition.note", "in_solution.py": "details.success", "in_tab.py": "div.tabbed-block"}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("blocks") / "project")
    for page in (project / "docs").rglob("*.md"):
        if not page.name.startswith("index."):
            page.unlink()
    for name, code in SNIPPETS.items():
        (project / "snippets" / name).write_text(code, encoding="utf-8")
    for lang in LANGUAGES:
        (project / "docs" / f"blocks.{lang}.md").write_text(PAGE.format(**WORDS[lang]), encoding="utf-8")
    result = build_site(project, project.parent / "site", project.parent / "cache")
    assert result.returncode == 0, result.log
    return result


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_embed_renders_its_code_and_output_inside_its_block(build, lang):
    soup = BeautifulSoup(page_path(build.site, "blocks", lang).read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    assert article is not None
    for name, selector in BLOCKS.items():
        block = article.select_one(selector)
        assert block is not None, f"{lang}: no {selector}"
        runs = block.select("div.snippet-run")
        assert [run["data-snippet"] for run in runs] == [name], f"{lang}: {name} not inside {selector}"
        title = runs[0].select_one(".highlight .filename")
        assert title is not None and title.get_text() == f"snippets/{name}"
        assert "print(" in runs[0].select_one("pre code").get_text()
        output = runs[0].select_one(".snippet-output pre")
        assert output is not None and output.get_text() == SNIPPETS[name][7:-3], "the run's own output"
    assert len(article.select("div.snippet-run")) == 3
    ids = [element["id"] for element in soup.select("[id]")]
    assert len(ids) == len(set(ids)), "every code block (and its line anchors) has its own id"
    assert "never_runs.py" not in str(article.select("div.snippet-run"))
    assert "an embed inside an HTML comment ran" not in build.log


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_notebook_gives_each_block_then_its_code(build, lang):
    prefix = build.site if lang == LANGUAGES[0] else build.site / lang
    nb = nbformat.read(Path(prefix / "notebooks" / "blocks" / f"blocks.{lang}.ipynb"), as_version=4)
    assert nb.cells[0].metadata["rnn_site"]["stamp"], "the first cell says what the outputs ran with"
    cells = [(cell.cell_type, cell.source) for cell in nb.cells[1:]]
    words = WORDS[lang]
    assert cells[0] == ("markdown", f"# {words['title']}")
    assert cells[1:] == [
        ("markdown", f"> **{words['note']}**"),
        ("code", SNIPPETS["in_note.py"]),
        ("markdown", f"> **{words['solution']}**"),
        ("code", SNIPPETS["in_solution.py"]),
        ("markdown", f"> **{words['tab']}**"),
        ("code", SNIPPETS["in_tab.py"]),
        ("markdown", '<!--\n{{ run("never_runs.py") }}\n-->'),
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_notebook_pages_language_switcher_offers_the_other_notebook(build, lang):
    prefix = build.site if lang == LANGUAGES[0] else build.site / lang
    page = prefix / "notebooks" / "blocks" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    for other in LANGUAGES:
        link = soup.select_one(f'a[hreflang="{other}"]')
        assert link is not None, other
        target = (page.parent / link["href"]).resolve()
        other_prefix = build.site if other == LANGUAGES[0] else build.site / other
        assert target == (other_prefix / "notebooks" / "blocks").resolve(), (lang, other, link["href"])
