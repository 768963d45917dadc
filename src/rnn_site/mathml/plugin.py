"""MkDocs plugin ``mathml``: LaTeX math in pages becomes MathML at build time.

List it before ``snippet-exec`` in ``mkdocs.yml``: it then sees the page as
written (line numbers in errors are the source's) and never the snippets'
printed output, where a ``$`` is just a character.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .convert import Formula, MathError, extract_math, restore_math


class MathMLPlugin(BasePlugin):
    def __init__(self) -> None:
        super().__init__()
        self._formulas: dict[str, list[Formula]] = {}  # by page, between its Markdown and its HTML

    def on_files(self, files, config):
        """Check every page's math (all languages) before any page is written: one bad formula, no site."""
        problems = []
        for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
            try:
                extract_math(Path(file.abs_src_path).read_text(encoding="utf-8"), page=f"docs/{file.src_uri}")
            except MathError as exc:
                problems.append(str(exc))
        if problems:
            raise PluginError("\n".join(problems))
        return files

    def on_page_markdown(self, markdown, page, config, files):
        where = f"docs/{page.file.src_uri}"
        try:
            markdown, formulas = extract_math(markdown, page=where)
        except MathError as exc:
            raise PluginError(str(exc)) from None
        self._formulas[page.file.src_uri] = formulas
        return markdown

    def on_page_content(self, html, page, config, files):
        formulas = self._formulas.pop(page.file.src_uri, [])
        try:
            return restore_math(html, formulas, page=f"docs/{page.file.src_uri}")
        except MathError as exc:
            raise PluginError(str(exc)) from None
