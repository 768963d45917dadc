"""Every lesson page has a notebook, in both languages: downloadable, valid, with the page's outputs."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import nbformat
import pytest

from rnn_site.execution.embeds import find_embeds
from tests.conftest import DOCS, LANGUAGES, SNIPPETS, page_path, pages
from tests.site_html import EMBED_RUN, omitted_lines, shown_runs, soup


def lessons() -> list[str]:
    """Pages that embed at least one snippet."""
    return [p for p in pages() if find_embeds((DOCS / f"{p}.{LANGUAGES[0]}.md").read_text(encoding="utf-8"))]


def _prefix(site: Path, lang: str) -> Path:
    return site if lang == LANGUAGES[0] else site / lang


def notebook_file(site: Path, page: str, lang: str) -> Path:
    return _prefix(site, lang) / "notebooks" / page / f"{page}.{lang}.ipynb"


def notebook_page(site: Path, page: str, lang: str) -> Path:
    return _prefix(site, lang) / "notebooks" / page / "index.html"


def _embeds(page: str, lang: str) -> list[str]:
    return [e.name for e in find_embeds((DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8"))]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", lessons())
def test_notebook_downloads_valid_with_the_pages_outputs(built_site, page, lang):
    path = notebook_file(built_site.site, page, lang)
    assert path.is_file(), f"no notebook for {page}.{lang}"
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["rnn_site"]["lang"] == lang

    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    embeds = _embeds(page, lang)
    assert [cell.metadata["rnn_site"]["snippet"] for cell in code] == [f"snippets/{n}" for n in embeds]
    lesson = soup(page_path(built_site.site, page, lang))
    shown = shown_runs(lesson)
    figures = [len(block.select("figure svg")) for block in lesson.select(EMBED_RUN)]
    cut = omitted_lines(lesson)
    for cell, name, (_, output), n_figures, omitted in zip(code, embeds, shown, figures, cut, strict=True):
        assert cell.source == (SNIPPETS / name).read_text(encoding="utf-8"), name
        streams = [o for o in cell.outputs if o.output_type == "stream"]
        full = "".join(o.text for o in streams).rstrip("\n")
        # the notebook keeps the whole output; the page shows its start when it was cut (truncate.py)
        assert full == output if not omitted else full.split("\n")[:-omitted] == output.split("\n"), (
            f"{page}.{lang}: {name}"
        )
        assert output == "" or streams, f"{name}: the page shows output, the notebook has none"
        svgs = [o for o in cell.outputs if o.output_type == "display_data" and "image/svg+xml" in o.data]
        assert len(svgs) == n_figures, name

    assert nb.cells[0].metadata.get("rnn_site", {}).get("stamp"), "the first cell says what the outputs ran with"
    prose = "\n".join(cell.source for cell in nb.cells[1:] if cell.cell_type == "markdown")
    title = next(
        line for line in (DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8").splitlines() if line.startswith("# ")
    )
    assert prose.startswith(title), "the notebook's prose is the page's, in its language"
    assert "{{ run(" not in prose


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", lessons())
def test_notebook_page_is_rendered_by_mkdocs_jupyter(built_site, page, lang):
    path = notebook_page(built_site.site, page, lang)
    notebook = soup(path)
    assert notebook.html["lang"] == lang
    assert notebook.select_one(".jupyter-wrapper"), "not rendered by mkdocs-jupyter"
    cells = [
        c for c in notebook.select(".jp-CodeCell") if c.find_parent(class_="jp-CodeCell") is None
    ]  # template nests them
    assert len(cells) == len(_embeds(page, lang))
    lesson_runs = shown_runs(soup(page_path(built_site.site, page, lang)))
    for cell, (name, output) in zip(cells, lesson_runs):
        rendered = cell.select_one(".jp-OutputArea")
        if output:
            assert rendered is not None and output.splitlines()[0] in rendered.get_text(), name
    # the download link on the notebook page points at the .ipynb next to it
    links = [a["href"] for a in notebook.select("p.snippet-notebook a[download]")]
    assert links == [f"{page}.{lang}.ipynb"]
    # the language switcher offers the same notebook in the other language
    others = {a["hreflang"]: a["href"] for a in notebook.select("a[hreflang]")}
    for other in LANGUAGES:
        target = urljoin(f"http://site/{path.relative_to(built_site.site).as_posix()}", others[other])
        folder = notebook_page(built_site.site, page, other).parent.relative_to(built_site.site)
        assert target == f"http://site/{folder.as_posix()}/"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", lessons())
def test_lesson_page_links_to_its_notebook(built_site, page, lang):
    path = page_path(built_site.site, page, lang)
    line = soup(path).select_one("article p.snippet-notebook")
    assert line is not None and line.find_previous("h1"), "the notebook line sits under the title"
    hrefs = [a["href"] for a in line.select("a")]
    targets = {(path.parent / href).resolve() for href in hrefs}
    assert targets == {
        notebook_page(built_site.site, page, lang).parent.resolve(),
        notebook_file(built_site.site, page, lang).resolve(),
    }
    assert all(t.exists() for t in targets)


def test_notebook_pages_stay_out_of_search(built_site):
    index = json.loads((built_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if "notebooks/" in d["location"]]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", lessons())
def test_notebook_page_shows_the_lessons_math_as_mathml(built_site, page, lang):
    lesson = page_path(built_site.site, page, lang).read_text(encoding="utf-8")
    path = notebook_page(built_site.site, page, lang)
    assert path.read_text(encoding="utf-8").count("<math") == lesson.count("<math")
    markdown_text = " ".join(c.get_text() for c in soup(path).select(".jp-RenderedMarkdown"))
    assert "$" not in markdown_text and "--8<--" not in markdown_text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", lessons())
def test_notebook_contents_list_the_lessons_headings_with_their_code(built_site, page, lang):
    def contents(path: Path) -> list[str]:
        return [
            " ".join(a.get_text().split())
            for a in soup(path).select(".md-sidebar--secondary nav.md-nav--secondary a.md-nav__link")
        ]

    lesson = contents(page_path(built_site.site, page, lang))
    assert contents(notebook_page(built_site.site, page, lang)) == lesson
    assert all("``" not in entry for entry in lesson)
