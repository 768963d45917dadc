"""Turn a page and its snippets' runs into a Jupyter notebook, with no second execution.

A page's prose becomes markdown cells (in the page's language) and each
``{{ run("x.py") }}`` embed becomes a code cell holding the snippet's source,
with the very result the page shows as its outputs: the printed text as a
``stream`` output and each captured figure as ``image/svg+xml``. Nothing is
executed here; a failing snippet has already failed the build.

Everything is deterministic (cell ids, key order), so an unchanged page gives a
byte-identical notebook and the HTML rendered from it can be cached by content.
"""

from __future__ import annotations

import ast
import hashlib
import os
import platform
import posixpath
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import nbformat
from mkdocs.utils.meta import get_data
from nbformat import v4

from rnn_site.execution.embeds import Embed, find_embeds, outside_fences
from rnn_site.execution.runner import RunResult

LINKS = {
    "ko": {"view": "노트북으로 보기", "download": "노트북 내려받기 (.ipynb)", "lesson": "수업 페이지로 돌아가기", "title": "노트북"},
    "en": {"view": "View as a notebook", "download": "Download the notebook (.ipynb)", "lesson": "Back to the lesson page", "title": "notebook"},
}
"""The words of the links between a lesson page and its notebook, per language."""

_HEADING_RE = re.compile(r"^#{1,6} ")
_ADMONITION_RE = re.compile(r'^(?P<indent> *)(?:!!!|\?\?\?\+?) *(?P<kind>[\w-]+)(?: +"(?P<title>[^"]*)")? *$')
_MD_LINK_RE = re.compile(r"(?P<head>\]\()(?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?(?P<tail>\))")
_SUFFIX_RE = re.compile(r"^(?P<stem>.+?)(?:\.(?P<lang>[a-z]{2}))?\.md$")


@dataclass(frozen=True)
class SnippetRun:
    """One embedded snippet: its name as embedded, its source and the result the page shows."""

    name: str
    source: str
    result: RunResult | None  # None when the build does not execute snippets (SNIPPET_EXEC=off)


@dataclass(frozen=True)
class NotebookName:
    """Where a page's notebook lives: ``rnn-basics.ko.md`` -> stem ``rnn-basics``, lang ``ko``."""

    stem: str
    lang: str

    @property
    def filename(self) -> str:
        """The downloadable file's name, e.g. ``rnn-basics.ko.ipynb``."""
        return f"{PurePosixPath(self.stem).name}.{self.lang}.ipynb"

    @property
    def src_uri(self) -> str:
        """The notebook's path as a (generated) source file: ``notebooks/<stem>.<lang>.ipynb``."""
        return f"notebooks/{self.stem}.{self.lang}.ipynb"

    def page_uri(self, use_directory_urls: bool = True) -> str:
        """The notebook page's path in one language's site, without the language prefix."""
        return f"notebooks/{self.stem}/index.html" if use_directory_urls else f"notebooks/{self.stem}.html"

    def download_uri(self, use_directory_urls: bool = True) -> str:
        """The ``.ipynb`` file's path in one language's site (next to the notebook page)."""
        return posixpath.join(posixpath.dirname(self.page_uri(use_directory_urls)), self.filename)


def notebook_name(src_uri: str, default_lang: str) -> NotebookName:
    """``rnn-basics.en.md`` -> ``NotebookName("rnn-basics", "en")``; no suffix means ``default_lang``."""
    match = _SUFFIX_RE.match(src_uri)
    if not match:
        raise ValueError(f"{src_uri} is not a Markdown page")
    return NotebookName(match["stem"], match["lang"] or default_lang)


def lesson_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """The URL (inside one language's site) of the page ``src_uri`` (``x.md``, ``x.en.md``, ``index.md``)."""
    stem = notebook_name(src_uri, "").stem
    parent, name = posixpath.split(stem)
    if name in ("index", "README"):
        return (f"{parent}/" if parent else "./") if use_directory_urls else posixpath.join(parent, "index.html")
    return posixpath.join(parent, f"{name}/" if use_directory_urls else f"{name}.html")


def links_from_notebook(name: NotebookName, use_directory_urls: bool = True) -> Callable[[str], str]:
    """Map a page link written in ``name``'s page (``other.md``) to a URL relative to its notebook page."""
    page_dir = posixpath.dirname(name.stem)
    here = posixpath.dirname(name.page_uri(use_directory_urls))

    def link(target: str) -> str:
        resolved = posixpath.normpath(posixpath.join(page_dir, target))
        url = lesson_url(resolved, use_directory_urls)
        if url.endswith("/"):
            return posixpath.relpath(url.rstrip("/") or ".", here) + "/"
        return posixpath.relpath(url, here)

    return link


def words(lang: str) -> dict[str, str]:
    return LINKS.get(lang, LINKS["en"])


def _chunks(markdown: str) -> Iterator[str | Embed]:
    """The page in order: prose chunks (split before each heading) and embeds."""
    embeds = {embed.line: embed for embed in find_embeds(markdown)}
    prose: list[str] = []
    for number, line, outside in outside_fences(markdown):
        if outside and number in embeds:
            yield "\n".join(prose)
            prose = []
            yield embeds[number]
            continue
        if outside and _HEADING_RE.match(line):
            yield "\n".join(prose)
            prose = []
        prose.append(line)
    yield "\n".join(prose)


def admonitions_to_quotes(markdown: str) -> str:
    """MkDocs admonitions (``!!! note "Title"`` + indented body) -> blockquotes Jupyter can show."""
    out: list[str] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        match = _ADMONITION_RE.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        indent = match["indent"]
        title = match["title"] if match["title"] is not None else match["kind"].capitalize()
        out.append(f"{indent}> **{title}**" if title else f"{indent}>")
        i += 1
        body_indent = indent + "    "
        while i < len(lines) and (lines[i].startswith(body_indent) or not lines[i].strip()):
            if not lines[i].strip() and (i + 1 >= len(lines) or not lines[i + 1].startswith(body_indent)):
                break  # a blank line that ends the block
            out.append(f"{indent}>" + (" " + lines[i][len(body_indent):] if lines[i].strip() else ""))
            i += 1
    return "\n".join(out)


def rewrite_page_links(markdown: str, link: Callable[[str], str]) -> str:
    """Replace each inline link to a ``.md`` page with ``link(target)`` (plus its ``#anchor``)."""
    return _MD_LINK_RE.sub(lambda m: f"{m['head']}{link(m['target'])}{m['anchor'] or ''}{m['tail']}", markdown)


_INCLUDE_RE = re.compile(r'^\s*--8<--\s+"[^"]*"\s*$', flags=re.M)


def drop_includes(markdown: str) -> str:
    """Remove pymdownx.snippets include lines (site-only HTML such as the diagrams) Jupyter cannot resolve."""
    return _INCLUDE_RE.sub("", markdown)


def markdown_cell_source(prose: str, link: Callable[[str], str] | None = None) -> str:
    """One prose chunk as a notebook markdown cell's source."""
    text = admonitions_to_quotes(drop_includes(prose).strip("\n"))
    return rewrite_page_links(text, link) if link else text


def code_cell(run: SnippetRun, execution_count: int, cell_id: str) -> nbformat.NotebookNode:
    """The snippet's exact source, with the page's result as outputs (printed text, then figures).

    Cells are built as plain nodes and the notebook is validated once as a whole
    (``nbformat.v4.new_*`` would validate every cell and output on its own).
    """
    outputs: list[dict] = []
    if run.result is not None and run.result.output.strip():
        outputs.append({"output_type": "stream", "name": "stdout", "text": run.result.output})
    for svg in run.result.figures if run.result is not None else ():
        outputs.append({"output_type": "display_data", "data": {"image/svg+xml": svg, "text/plain": "<Figure>"}, "metadata": {}})
    return nbformat.from_dict(
        {
            "cell_type": "code",
            "id": cell_id,
            "execution_count": execution_count if run.result is not None else None,
            "metadata": {"rnn_site": {"snippet": f"snippets/{run.name}"}},
            "source": run.source,
            "outputs": outputs,
        }
    )


def markdown_cell(source: str, cell_id: str) -> nbformat.NotebookNode:
    return nbformat.from_dict({"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": source})


def build_notebook(
    markdown: str,
    run_for: Callable[[Embed], SnippetRun],
    *,
    lang: str,
    page: str,
    link: Callable[[str], str] | None = None,
) -> nbformat.NotebookNode:
    """The notebook of one page: prose as markdown cells, each embed as an executed code cell.

    ``run_for`` gives the source and result of an embed (the plugin's in-memory
    results); ``link`` rewrites links to other pages (``x.md``) for the notebook.
    """
    markdown, _ = get_data(markdown)  # front matter (search boost, ...) is for MkDocs, not the notebook
    cells = []
    count = 0
    for chunk in _chunks(markdown):
        cell_id = f"cell-{len(cells) + 1}"
        if isinstance(chunk, Embed):
            count += 1
            cells.append(code_cell(run_for(chunk), count, cell_id))
        elif chunk.strip():
            cells.append(markdown_cell(markdown_cell_source(chunk, link), cell_id))
    nb = nbformat.from_dict(
        {
            "nbformat": v4.nbformat,
            "nbformat_minor": v4.nbformat_minor,
            "metadata": {
                "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                "language_info": {"name": "python", "version": platform.python_version()},
                "rnn_site": {"page": page, "lang": lang},
            },
            "cells": cells,
        }
    )
    nbformat.validate(nb)
    return nb


def notebook_text(nb: nbformat.NotebookNode) -> str:
    """The ``.ipynb`` file's text (sorted keys, so identical notebooks give identical bytes)."""
    return nbformat.writes(nb) + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` atomically unless ``path`` already holds it; True if written."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a published file must be readable
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def lesson_links(lang: str, view_url: str, download_url: str, filename: str) -> str:
    """The line a lesson page shows under its title: view the notebook, download it."""
    w = words(lang)
    return (
        f'<p class="snippet-notebook"><a href="{view_url}">{w["view"]}</a> · '
        f'<a href="{download_url}" download="{filename}">{w["download"]}</a></p>'
    )


def notebook_page_links(lang: str, lesson_url: str, download_url: str, filename: str) -> str:
    """The line a notebook page shows above the notebook: download it, go back to the lesson."""
    w = words(lang)
    return (
        f'<p class="snippet-notebook"><a href="{download_url}" download="{filename}">{w["download"]}</a> · '
        f'<a href="{lesson_url}">{w["lesson"]}</a></p>'
    )


def insert_after_title(markdown: str, html: str) -> str:
    """Put ``html`` on its own block right after the page's first ``# `` heading (or at the top)."""
    lines = markdown.splitlines()
    for number, line, outside in outside_fences(markdown):
        if outside and line.startswith("# "):
            lines[number : number] = ["", html, ""]
            break
    else:
        lines[0:0] = [html, ""]
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")


_REMOTE_SCRIPT_RE = re.compile(
    r"<script\b[^>]*\bsrc=\"(?:https?:)?//[^\"]*\"[^>]*>\s*</script>"  # any script from another origin
    r"|<script\b[^>]*\bsrc=\"\"[^>]*>\s*</script>"  # MathJax with no URL configured
    r"|<!-- Load mathjax -->|<!-- MathJax configuration -->.*?<!-- End of mathjax configuration -->"
    r"|<script type=\"module\">(?:(?!</script>).)*?https?://(?:(?!</script>).)*</script>",  # mermaid's CDN import
    re.S,
)


def strip_remote_scripts(html: str) -> str:
    """Drop the scripts nbconvert's template loads from CDNs (MathJax, Mermaid, require.js).

    The site must work with no network; the notebooks here need none of them.
    """
    return _REMOTE_SCRIPT_RE.sub("", html)


def _style_blocks(html: str) -> list[tuple[int, int, str]]:
    """``(start, end, css)`` of each ``<style>`` element (plain ``find``: these are hundreds of kB)."""
    blocks = []
    at = html.find("<style")
    while at != -1:
        body = html.find(">", at) + 1
        close = html.find("</style>", body)
        if body == 0 or close == -1:
            break
        end = close + len("</style>")
        while end < len(html) and html[end] in " \t\r\n":
            end += 1
        blocks.append((at, end, html[body:close]))
        at = html.find("<style", end)
    return blocks


def _css_parts(block: str) -> list[str]:
    """One ``<style>`` block's CSS; mkdocs-jupyter also emits a Python list of CSS strings as text."""
    text = block.strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            parts = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return [text]
        if isinstance(parts, list) and all(isinstance(part, str) for part in parts):
            return [part.strip() for part in parts]
    return [text]


def extract_styles(html: str) -> tuple[str, str]:
    """Move a rendered notebook's inline ``<style>`` blocks out: ``(html with a marker, css)``.

    mkdocs-jupyter inlines its whole stylesheet (hundreds of kB) into every
    notebook page; the site serves it once instead. Duplicate blocks are kept
    once, in first-seen order; the first block's place gets ``STYLESHEET_MARKER``.
    """
    blocks = _style_blocks(html)
    if not blocks:
        return html, ""
    parts: list[str] = []
    kept: list[str] = []
    previous = 0
    for index, (start, end, css) in enumerate(blocks):
        for part in _css_parts(css):
            if part and part not in parts:
                parts.append(part)
        kept += [html[previous:start], STYLESHEET_MARKER if index == 0 else ""]
        previous = end
    kept.append(html[previous:])
    return "".join(kept), "\n".join(parts) + "\n"


STYLESHEET_MARKER = "<!-- snippet-exec: notebook stylesheet -->"


def stylesheet_name(css: str) -> str:
    """A content-addressed file name for a notebook stylesheet."""
    return f"notebook-{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"


_NB_HEADING_RE = re.compile(r'<h(?P<level>[1-6]) id="(?P<id>[^"]*)">(?P<text>.*?)<a class="anchor-link" href="#[^"]*">')


def align_heading_ids(html: str, ids: list[str]) -> str:
    """Give a rendered notebook's headings, in order, the ids its table of contents links to.

    nbconvert and mkdocs-jupyter's table of contents slug headings differently (Korean
    headings get an empty id from one and ``_1`` from the other; inline code is dropped by
    one only), so the contents links would miss. Left as is if the counts differ.
    """
    headings = list(_NB_HEADING_RE.finditer(html))
    if len(headings) != len(ids):
        return html
    chunks, last = [], 0
    for match, new in zip(headings, ids):
        chunks.append(html[last : match.start()])
        chunks.append(f'<h{match["level"]} id="{new}">{match["text"]}<a class="anchor-link" href="#{new}">')
        last = match.end()
    return "".join(chunks) + html[last:]
