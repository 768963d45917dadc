"""One reading of a page: what the tooling needs from its Markdown, read by Python-Markdown once.

The snippet embeds (``execution``), the broken formulas (``mathml``) and the top-level headings
(``notebooks``) all come from one conversion of the page with the site's own extensions and three
collecting readers, so each page is parsed once per build and language (``read_once`` keeps the
readings of the pages as they are now: the next language's build, or a ``mkdocs serve`` rebuild
that did not touch the page, reads it from memory). MkDocs-free: ``markdown_config.site_reading``
is the MkDocs side.
"""

from __future__ import annotations

import json
import re
import threading
import xml.etree.ElementTree as etree
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from rnn_site.execution.public import PAGE_EXTENSIONS, Embed, SnippetEmbeds, line_marker, read_marker
from rnn_site.mathml.extension import MathExtension

PARSES: Counter[str] = Counter()
"""Conversions of each page by ``read_markdown`` in this process (the tests count them)."""

_HEADING_LINE_RE = re.compile(r"^#{1,6}[ \t]")
_HEADINGS = {f"h{level}" for level in range(1, 7)}


@dataclass
class HeadingReader(Extension):
    """Collects the source lines of the page's top-level headings (one inside a block or code is not one)."""

    lines: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_MarkHeadings(md), "notebook_heading_lines", 41)
        md.treeprocessors.register(_TopHeadings(md, self), "notebook_headings", 30)  # before inline (20)


class _MarkHeadings(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return [
            line.rstrip() + line_marker(number) if _HEADING_LINE_RE.match(line) else line
            for number, line in enumerate(lines, start=1)
        ]


class _TopHeadings(Treeprocessor):
    def __init__(self, md: markdown.Markdown, reader: HeadingReader) -> None:
        super().__init__(md)
        self.reader = reader

    def run(self, root: etree.Element) -> None:
        for child in root:
            if child.tag in _HEADINGS:
                line = read_marker(child.text or "")[1]
                if line:
                    self.reader.lines.append(line)


@dataclass(frozen=True)
class Reading:
    """What one conversion of a page found. Embed lines and problems count the front matter; headings do not."""

    page: str  # "docs/<src_uri>", as every message names it
    text: str  # the Markdown MkDocs renders (front matter removed)
    offset: int  # lines of front matter above it
    embeds: tuple[Embed, ...]
    embed_problems: tuple[str, ...]
    math_problems: tuple[str, ...]
    headings: tuple[int, ...]  # lines of the top-level headings in ``text``


def read_markdown(
    text: str,
    page: str = "<page>",
    offset: int = 0,
    *,
    extensions: Sequence[str | Extension] = PAGE_EXTENSIONS,
    configs: dict[str, dict[str, Any]] | None = None,
) -> Reading:
    """Convert ``text`` once with ``extensions`` and the three readers; what they found."""
    PARSES[page] += 1
    embeds = SnippetEmbeds()
    embeds.begin(page, offset)
    math = MathExtension(collect=True)
    math.begin(page, offset)
    headings = HeadingReader()
    markdown.Markdown(extensions=[*extensions, embeds, math, headings], extension_configs=configs or {}).convert(text)
    problems = sorted(math.problems, key=lambda problem: int(problem[len(page) + 1 :].split(":", 1)[0]))
    return Reading(
        page, text, offset, tuple(embeds.found), tuple(embeds.problems), tuple(problems), tuple(headings.lines)
    )


_KEPT = 2048
_memory: OrderedDict[tuple, Reading] = OrderedDict()
_lock = threading.Lock()


def read_once(
    text: str, page: str, offset: int, extensions: Sequence[str], configs: dict[str, dict[str, Any]]
) -> Reading:
    """``read_markdown``, from memory when this page, text and parser settings were read before."""
    key = (page, offset, text, tuple(extensions), json.dumps(configs, sort_keys=True, default=repr))
    with _lock:
        kept = _memory.get(key)
        if kept is not None:
            _memory.move_to_end(key)
            return kept
    reading = read_markdown(text, page, offset, extensions=extensions, configs=configs)
    with _lock:
        _memory[key] = reading
        while len(_memory) > _KEPT:
            _memory.popitem(last=False)
    return reading
