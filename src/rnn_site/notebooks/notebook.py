"""Turn a page and its snippets' runs into a Jupyter notebook, with no second execution.

A page's prose becomes markdown cells (in the page's language; ``cells.py``
cuts the page where the parser sees headings and embeds) and each
``{{ run("x.py") }}`` embed becomes a code cell holding the snippet's source,
with the very result the page shows as its outputs: the printed text as a
``stream`` output and each captured figure as ``image/svg+xml``. Nothing is
executed here; a failing snippet has already failed the build.

Everything is deterministic (cell ids, key order), so an unchanged page gives a
byte-identical notebook and the HTML rendered from it can be cached by content.
"""

from __future__ import annotations

import os
import platform
import posixpath
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import nbformat
from nbformat import v4

from rnn_site.execution.public import PageEmbed
from rnn_site.labels import VARIANTS, words

from .cells import page_cells

# An admonition or collapsible block (``!!! note "Title"``, ``??? success``) or a content tab (``=== "Title"``)
_BLOCK_RE = re.compile(
    r'^(?P<indent> *)(?:(?:!!!|\?\?\?\+?) *(?P<kind>[\w-]+)(?: +"(?P<title>[^"]*)")?|===\+? +"(?P<tab>[^"]*)") *$'
)
_MD_LINK_RE = re.compile(r"(?P<head>\]\()(?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?(?P<tail>\))")
_SUFFIX_RE = re.compile(r"^(?P<stem>.+?)(?:\.(?P<lang>[a-z]{2}))?\.md$")


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


def admonitions_to_quotes(markdown: str) -> str:
    """Admonitions and tabs (``!!! note "Title"`` + indented body) -> blockquotes Jupyter can show."""
    out: list[str] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        match = _BLOCK_RE.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        indent = match["indent"]
        if match["tab"] is not None:
            title = match["tab"]
        else:
            title = match["title"] if match["title"] is not None else match["kind"].capitalize()
        out.append(f"{indent}> **{title}**" if title else f"{indent}>")
        i += 1
        body_indent = indent + "    "
        while i < len(lines) and (lines[i].startswith(body_indent) or not lines[i].strip()):
            if not lines[i].strip() and (i + 1 >= len(lines) or not lines[i + 1].startswith(body_indent)):
                break  # a blank line that ends the block
            out.append(f"{indent}>" + (" " + lines[i][len(body_indent) :] if lines[i].strip() else ""))
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


def code_cell(run: PageEmbed, execution_count: int, cell_id: str) -> nbformat.NotebookNode:
    """The snippet's exact source, with the page's result as outputs (printed text, then figures).

    Cells are built as plain nodes and the notebook is validated once as a whole
    (``nbformat.v4.new_*`` would validate every cell and output on its own).
    """
    outputs: list[dict[str, Any]] = []
    if run.result is not None and run.result.output.strip():
        outputs.append({"output_type": "stream", "name": "stdout", "text": run.result.output})
    for svg in run.result.figures if run.result is not None else ():
        outputs.append(
            {"output_type": "display_data", "data": {"image/svg+xml": svg, "text/plain": "<Figure>"}, "metadata": {}}
        )
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


def variants_note(run: PageEmbed, lang: str) -> str:
    """The note under a cell whose snippet declares ``# try:`` values: the values the page also runs."""
    choices = "; ".join(f"`{c.name}`: " + ", ".join(f"`{v}`" for v in c.values) for c in run.choices)
    return words(VARIANTS, lang)["notebook"].format(choices=choices)


def build_notebook(
    markdown: str,
    embeds: Sequence[PageEmbed],
    headings: Sequence[int],
    *,
    lang: str,
    page: str,
    link: Callable[[str], str] | None = None,
) -> nbformat.NotebookNode:
    """The notebook of one page: prose as markdown cells, each embed as an executed code cell.

    ``embeds`` are the page's embeds as this build shows them (snippet-exec's record),
    ``headings`` the lines of its top-level headings (``rnn_site.reading``: ``Reading.headings``);
    ``link`` rewrites links to other pages (``x.md``) for the notebook.
    """
    cells: list[nbformat.NotebookNode] = []
    count = 0
    for chunk in page_cells(markdown, embeds, headings):
        cell_id = f"cell-{len(cells) + 1}"
        if isinstance(chunk, PageEmbed):
            count += 1
            cells.append(code_cell(chunk, count, cell_id))
            if chunk.choices:  # the page switches between variants; a notebook runs the file as written
                cells.append(markdown_cell(variants_note(chunk, lang), f"cell-{len(cells) + 1}"))
        elif source := markdown_cell_source(chunk, link):
            cells.append(markdown_cell(source, cell_id))
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
