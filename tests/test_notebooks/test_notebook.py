"""A page and its runs -> a notebook, without MkDocs and without executing anything."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest

from rnn_site.execution.embeds import PageEmbed, find_embeds
from rnn_site.execution.runner import RunResult
from rnn_site.notebooks.notebook import (
    NotebookName,
    admonitions_to_quotes,
    build_notebook,
    links_from_notebook,
    notebook_name,
    notebook_text,
    write_if_changed,
)
from rnn_site.notebooks.page_html import (
    STYLESHEET_MARKER,
    extract_styles,
    insert_after_title,
    lesson_links,
    replace_markdown_cells,
    strip_remote_scripts,
    stylesheet_name,
)
from rnn_site.reading import read_markdown
from tests.conftest import DOCS, REPO, SNIPPETS

PAGE = """# Title

Intro with `inline` code.

## First

Before the embed.

{{ run("a.py") }}

After the embed.

```text
{{ run("not_run.py") }}
# not a heading
```

## Second

{{ run("b.py") }}
"""

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
RUNS = {
    "a.py": ("print('a')\n", RunResult(output="a\n")),
    "b.py": ("import x\nprint(1)\n", RunResult(output="1\nwarning on stderr\n", figures=(SVG,))),
}


def notebook_of(markdown: str, runs=RUNS, **kwargs) -> nbformat.NotebookNode:
    """Build the notebook the plugin would: embeds and headings read by the site's parser."""
    embeds = [PageEmbed(e.name, e.line, *runs[e.name]) for e in find_embeds(markdown)]
    kwargs = {"lang": "en", "page": "p", **kwargs}
    return build_notebook(markdown, embeds, read_markdown(markdown).headings, **kwargs)


@pytest.fixture
def notebook() -> nbformat.NotebookNode:
    return notebook_of(PAGE, page="docs/x.en.md")


def test_notebook_is_valid_and_keeps_page_order(notebook):
    nbformat.validate(notebook)
    kinds = [cell.cell_type for cell in notebook.cells]
    assert kinds == ["markdown", "markdown", "code", "markdown", "markdown", "code"]
    assert notebook.metadata["kernelspec"]["language"] == "python"
    assert notebook.metadata["rnn_site"] == {"page": "docs/x.en.md", "lang": "en"}


def test_code_cells_hold_the_exact_source_and_the_pages_result(notebook):
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [cell.source for cell in code] == ["print('a')\n", "import x\nprint(1)\n"]
    assert [cell.metadata["rnn_site"]["snippet"] for cell in code] == ["snippets/a.py", "snippets/b.py"]
    assert [cell.execution_count for cell in code] == [1, 2]
    assert code[0].outputs == [nbformat.v4.new_output("stream", name="stdout", text="a\n")]
    stream, figure = code[1].outputs
    assert stream.text == "1\nwarning on stderr\n"
    assert figure.output_type == "display_data" and figure.data["image/svg+xml"] == SVG


def test_prose_becomes_markdown_split_at_headings(notebook):
    sources = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
    assert sources[0] == "# Title\n\nIntro with `inline` code."
    assert sources[1] == "## First\n\nBefore the embed."
    assert sources[2].startswith("After the embed.")
    assert '{{ run("not_run.py") }}\n# not a heading' in sources[2], "a fence stays whole and is not an embed"
    assert sources[2].endswith("```") and sources[3] == "## Second"
    assert not any('{{ run("a.py") }}' in s or '{{ run("b.py") }}' in s for s in sources)


def test_empty_output_gives_no_stream():
    nb = notebook_of('{{ run("q.py") }}\n', {"q.py": ("x = 1\n", RunResult(output="  \n"))}, lang="ko")
    assert [cell.outputs for cell in nb.cells] == [[]]


def test_same_input_gives_identical_bytes(notebook):
    again = notebook_of(PAGE, page="docs/x.en.md")
    assert notebook_text(notebook) == notebook_text(again)
    ids = [cell.id for cell in notebook.cells]
    assert len(set(ids)) == len(ids)
    assert nbformat.reads(notebook_text(notebook), as_version=4) == notebook


EXERCISE = """# Exercise

!!! question "Try it"
    Change `units`.

??? success "Solution"
    Here is one way.

    {{ run("a.py") }}

=== "Tab one"

    {{ run("b.py") }}

## Same with `SimpleRNN`

Done.
"""


def test_an_embed_inside_a_block_follows_the_block_as_a_code_cell():
    nb = notebook_of(EXERCISE)
    cells = [(cell.cell_type, cell.source) for cell in nb.cells]
    assert cells == [
        ("markdown", "# Exercise\n\n> **Try it**\n> Change `units`."),
        ("markdown", "> **Solution**\n> Here is one way."),  # the folded solution: its title and text...
        ("code", "print('a')\n"),  # ...then its code, with the page's output
        ("markdown", "> **Tab one**"),
        ("code", "import x\nprint(1)\n"),
        ("markdown", "## Same with `SimpleRNN`\n\nDone."),
    ]


def test_headings_in_code_or_blocks_do_not_split_cells():
    assert read_markdown("# A\n\n```\n# comment\n```\n\n!!! note\n    # inner\n\n## B `code`\n").headings == (1, 10)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_real_lesson_pages_map_one_code_cell_per_embed(lang):
    for page in sorted(DOCS.glob(f"*.{lang}.md")):
        markdown = page.read_text(encoding="utf-8")
        names = [e.name for e in find_embeds(markdown)]
        if not names:
            continue  # a page without snippets (home, glossary) has no notebook
        runs = {n: ((SNIPPETS / n).read_text(encoding="utf-8"), RunResult(output=f"{n}\n")) for n in names}
        nb = notebook_of(markdown, runs, lang=lang, page=page.name)
        code = [cell for cell in nb.cells if cell.cell_type == "code"]
        assert [cell.metadata["rnn_site"]["snippet"] for cell in code] == [f"snippets/{n}" for n in names]
        assert all(cell.source == (SNIPPETS / n).read_text(encoding="utf-8") for cell, n in zip(code, names))
        first_heading = next(line for line in markdown.splitlines() if line.startswith("# "))
        assert nb.cells[0].source.startswith(first_heading), "the notebook opens with the page's own title"


def test_notebook_names_and_urls():
    name = notebook_name("rnn-basics.en.md", "ko")
    assert name == NotebookName("rnn-basics", "en")
    assert name.filename == "rnn-basics.en.ipynb"
    assert name.page_uri() == "notebooks/rnn-basics/index.html"
    assert name.download_uri() == "notebooks/rnn-basics/rnn-basics.en.ipynb"
    assert name.page_uri(False) == "notebooks/rnn-basics.html"
    assert notebook_name("guide/deep.md", "ko") == NotebookName("guide/deep", "ko")
    assert notebook_name("guide/deep.md", "ko").filename == "deep.ko.ipynb"
    with pytest.raises(ValueError):
        notebook_name("style.css", "ko")


def test_links_to_other_pages_point_to_the_site_from_the_notebook_page():
    link = links_from_notebook(NotebookName("rnn-basics", "ko"))
    assert link("stacked.en.md") == "../../stacked/"
    assert link("index.md") == "../../"
    nb = notebook_of("# T\n\nSee [next](stacked.md#top).\n", lang="ko", link=link)
    assert nb.cells[0].source == "# T\n\nSee [next](../../stacked/#top)."


def test_admonitions_become_blockquotes():
    text = '!!! note "Why"\n    First line.\n\n    Second.\n\nAfter.'
    assert admonitions_to_quotes(text) == "> **Why**\n> First line.\n>\n> Second.\n\nAfter."
    assert admonitions_to_quotes("??? tip\n    Body.") == "> **Tip**\n> Body."
    assert admonitions_to_quotes('=== "Tab"\n\n    Body.') == "> **Tab**\n>\n> Body."


def test_links_line_goes_under_the_title():
    html = '<div class="highlight"><pre># comment</pre></div><h1 id="t">Title</h1><p>Text</p>'
    out = insert_after_title(html, "<p>links</p>")
    assert out == '<div class="highlight"><pre># comment</pre></div><h1 id="t">Title</h1>\n<p>links</p><p>Text</p>'
    assert insert_after_title("<p>No title</p>", "<p>x</p>") == "<p>x</p>\n<p>No title</p>"
    assert "노트북으로 보기" in lesson_links("ko", "v/", "d.ipynb", "d.ipynb")
    assert "View as a notebook" in lesson_links("en", "v/", "d.ipynb", "d.ipynb")


def test_markdown_cells_are_replaced_in_order_and_a_count_mismatch_fails():
    cell = '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput " data-mime-type="text/markdown">'
    html = f"<div>{cell}<h1>$x$</h1><div>nested</div></div><pre>code</pre>{cell}<p>two</p></div></div>"
    out = replace_markdown_cells(html, ["<h1>one</h1>", "<p>2</p>"])
    assert out == f"<div>{cell}\n<h1>one</h1>\n</div><pre>code</pre>{cell}\n<p>2</p>\n</div></div>"
    with pytest.raises(ValueError, match="2 markdown cells"):
        replace_markdown_cells(html, ["only one"])


def test_remote_scripts_are_stripped_and_local_ones_kept():
    html = (
        '<script src="https://cdn.example/require.js"></script>'
        '<!-- Load mathjax -->\n    <script src=""> </script>\n    <!-- MathJax configuration -->'
        '<script type="text/x-mathjax-config">init()</script><!-- End of mathjax configuration -->'
        '<script type="module">const m = (await import("https://cdnjs.example/mermaid.mjs")).default;</script>'
        '<script src="//cdn.example/x.js"></script>'
        "<script>local()</script><div>kept</div>"
    )
    assert strip_remote_scripts(html) == "\n    \n    <script>local()</script><div>kept</div>"


def test_styles_move_to_one_deduplicated_stylesheet():
    html = "<style>a{}</style><p>x</p><style type=\"text/css\">b{}</style>\n<style>\n        ['a{}', 'c{}']\n</style>"
    out, css = extract_styles(html)
    assert out == f"{STYLESHEET_MARKER}<p>x</p>"
    assert css == "a{}\nb{}\nc{}\n"
    assert stylesheet_name(css) == stylesheet_name("a{}\nb{}\nc{}\n") != stylesheet_name("d{}")
    assert extract_styles("<p>none</p>") == ("<p>none</p>", "")


def test_write_if_changed(tmp_path):
    path = tmp_path / "deep" / "n.ipynb"
    assert write_if_changed(path, "one")
    assert not write_if_changed(path, "one")
    assert write_if_changed(path, "two") and path.read_text() == "two"
    assert path.stat().st_mode & 0o044 == 0o044, "a published file is world-readable"


def test_notebook_code_does_not_import_tensorflow():
    code = "import sys, rnn_site.notebooks.plugin, rnn_site.execution.plugin; print('tensorflow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_site_only_include_lines_are_dropped_from_markdown_cells():
    from rnn_site.notebooks.notebook import markdown_cell_source

    source = markdown_cell_source('Before.\n\n--8<-- "rnn-unrolled-hello.ko.html"\n\nAfter.\n')
    assert "--8<--" not in source and "Before." in source and "After." in source


def test_unexecuted_build_gives_code_cells_without_outputs():
    from rnn_site.notebooks.notebook import code_cell

    cell = code_cell(PageEmbed("x.py", 1, "print(1)\n", None), 3, "c1")
    assert cell.outputs == [] and cell.execution_count is None and cell.source == "print(1)\n"
