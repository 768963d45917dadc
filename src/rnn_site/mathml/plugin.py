"""MkDocs plugin ``mathml``: LaTeX math in pages becomes MathML at build time.

It adds ``MathExtension`` to the site's Markdown, so math is read by the same
parser as everything else: code spans and code blocks are never math, and the
MathML goes through Python-Markdown's stash untouched. Every page (all
languages) is checked in ``on_files``, before any page is written.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from rnn_site.markdown_config import site_reading, split_front_matter

from .extension import MathExtension


class MathMLPlugin(BasePlugin):
    def __init__(self) -> None:
        super().__init__()
        self.reader = MathExtension()

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        config.markdown_extensions[:] = [e for e in config.markdown_extensions if not isinstance(e, MathExtension)]
        config.markdown_extensions.append(self.reader)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Check every page's math (all languages) before any page is written: one bad formula, no site."""
        problems: list[str] = []
        for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
            if file.src_uri.endswith(".md"):
                problems += site_reading(file, config).math_problems
        if problems:
            raise PluginError("\n".join(problems))
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        offset = split_front_matter(page.file.content_string)[1] if page.file.src_uri.endswith(".md") else 0
        self.reader.begin(f"docs/{page.file.src_uri}", offset)
        return markdown
