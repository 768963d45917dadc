"""The page Markdown as ``mkdocs.yml`` configures it, for reading a page outside MkDocs' own rendering.

The plugins read every page once before any is written (to find embeds, to
check math); they read it with the extensions ``mkdocs.yml`` lists, so what
they find is what the rendering finds. Extensions that plugins add as objects
(the embed and math readers themselves) are left out: each reader adds its own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from rnn_site.reading import Reading, read_once


def configured_extensions(config: MkDocsConfig) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The extensions ``mkdocs.yml`` names, and their settings."""
    names = [ext for ext in config.markdown_extensions if isinstance(ext, str)]
    return names, {name: dict(settings) for name, settings in config.mdx_configs.items() if name in names}


def site_reading(file: File, config: MkDocsConfig) -> Reading:
    """The one reading of a documentation page this build shares (embeds, broken formulas, headings)."""
    text, offset = page_markdown(file)
    names, settings = configured_extensions(config)
    return read_once(text, f"docs/{file.src_uri}", offset, names, settings)


def page_source(file: File) -> str:
    """A documentation page's file as written."""
    return Path(str(file.abs_src_path)).read_text(encoding="utf-8")


def page_markdown(file: File) -> tuple[str, int]:
    """The Markdown MkDocs renders for ``file`` (front matter removed) and how many lines came before it.

    Readers number lines from the Markdown's start; adding the offset gives the file's own line numbers.
    """
    return split_front_matter(page_source(file))


def split_front_matter(source: str) -> tuple[str, int]:
    """``source`` without its front matter, as MkDocs reads it, and the number of lines removed."""
    body = get_data(source)[0]
    if not source.endswith(body):
        return body, 0
    return body, source[: len(source) - len(body)].count("\n")


LANG_SUFFIX = re.compile(r"\.(?P<lang>[a-z]{2})\.md$")
"""The language suffix of a page's source (``rnn-basics.ko.md``: mkdocs-static-i18n's suffix structure)."""


def page_language(src_uri: str, default: str) -> str:
    """The language of the page whose source is ``src_uri`` (``default`` for a page without a suffix)."""
    match = LANG_SUFFIX.search(src_uri)
    return match["lang"] if match else default
