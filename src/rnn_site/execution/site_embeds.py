"""Every embed of the site, read before any page is written, and the messages when something is wrong.

Plain functions over MkDocs' ``Files``: the plugin calls them in ``on_files``;
tests call them without a build.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from rnn_site.markdown_config import LANG_SUFFIX, site_reading

from .embeds import Embed, EmbedError, resolve_snippet
from .runner import SnippetFailed

"""``<page>.<lang>.md``: the language of a page file."""


@dataclass(frozen=True)
class Use:
    """One embed of one snippet on one page, for error messages."""

    page: str
    line: int


@dataclass
class SiteEmbeds:
    """What ``read_site_embeds`` found: each snippet's uses, each page's embeds, and every problem."""

    uses: dict[Path, list[Use]] = field(default_factory=dict)
    by_page: dict[str, list[tuple[Embed, Path]]] = field(default_factory=dict)  # by page src_uri, in page order
    problems: list[str] = field(default_factory=list)


def read_site_embeds(
    pages: Iterable[File], config: MkDocsConfig, snippets_dir: Path, languages: list[str]
) -> SiteEmbeds:
    """Read every Markdown page with the site's own parser; collect every bad embed, not just the first."""
    pages = sorted((f for f in pages if f.src_uri.endswith(".md")), key=lambda f: f.src_uri)
    site = SiteEmbeds()
    for file in pages:
        page = f"docs/{file.src_uri}"
        reading = site_reading(file, config)
        site.problems += reading.embed_problems
        for embed in reading.embeds:
            try:
                path = resolve_snippet(snippets_dir, embed.name, f"{page}:{embed.line}")
            except EmbedError as exc:
                site.problems.append(str(exc))
                continue
            site.uses.setdefault(path, []).append(Use(page, embed.line))
            site.by_page.setdefault(file.src_uri, []).append((embed, path))
    site.problems += missing_translations([f.src_uri for f in pages], languages)
    return site


def missing_translations(pages: list[str], languages: list[str]) -> list[str]:
    """One message per ``docs/<page>.<lang>.md`` that lacks a twin in another language."""
    by_page: dict[str, set[str]] = {}
    for uri in pages:
        match = LANG_SUFFIX.search(uri)
        if match:
            by_page.setdefault(uri[: match.start()], set()).add(match["lang"])
    return [
        f"docs/{page}.{have}.md has no {lang} twin: add docs/{page}.{lang}.md"
        for page, langs in sorted(by_page.items())
        for lang in languages
        if lang not in langs
        for have in sorted(langs)[:1]
    ]


def failure_message(exc: SnippetFailed, uses: list[Use], root: Path, variant: str = "") -> str:
    """A failed snippet's file:line, reason, the pages that embed it, and its last ten lines of output.

    ``variant`` (``snippets/x.py``, ``LAYER=LSTM``): the snippet and values of a failed variant, whose
    own file is a build copy the author never edits.
    """
    snippet, values = variant.split("\0") if variant else (exc.snippet.relative_to(root).as_posix(), "")
    where = f"{snippet}:{exc.line}" if exc.line else snippet
    where += f" (the variant {values})" if values else ""
    pages = ", ".join(f"{use.page}:{use.line}" for use in uses)
    tail = "\n".join(exc.output.rstrip().splitlines()[-10:])
    printed = f"\nlast output:\n{tail}" if tail else ""
    return f"snippet {where} failed: {exc.reason.rstrip()}\nembedded at {pages}{printed}"
