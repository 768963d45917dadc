"""Snippet embeds, read by Python-Markdown itself (the same parser that renders the page).

An embed is a paragraph that is exactly ``{{ run("name.py") }}``. Because a
block processor finds it, it is found wherever Markdown finds a paragraph:
at the top level, inside an admonition (``!!! note``), a collapsible block
(``??? success``), a content tab (``=== "..."``) or a list item, and the
rendered snippet lands inside that block. An embed inside an HTML comment,
a raw HTML block or a code block is never seen: those are stashed before any
block processor runs.

Line numbers: the block processor sees dedented text, long after
pymdownx.snippets and the stashing preprocessors have moved lines around, so
a first preprocessor appends an invisible marker holding the source line to
every line that starts like an embed. The block processor reads it back; a
last postprocessor strips any marker left over (one in a code block, say).

``SnippetEmbeds(render=None)`` only collects the embeds of a page (discovery
before any page is written); with ``render`` it renders each one into the
page (``render`` returns the embed's Markdown, converted here with the page's
own highlighting settings and stashed as raw HTML).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from .runner import RunResult, SnippetFailed
from .variants import Choice

EMBED_RE = re.compile(r'^\{\{\s*run\(\s*"(?P<name>[^"]*)"\s*\)\s*\}\}$')
"""One embed, a paragraph of its own: ``{{ run("one_cell_rnn.py") }}``."""

_NEAR_MISS_RE = re.compile(r"^\{\{\s*run\b")
_LINE_RE = re.compile(r"^[ \t]*\{\{\s*run\b")
# Private-use characters: never typed by an author, dropped by slugs, invisible if one survived.
_OPEN, _CLOSE, _ZERO = "\ue000", "\ue001", 0xE010
_MARKER_RE = re.compile(f"{_OPEN}([{chr(_ZERO)}-{chr(_ZERO + 9)}]+){_CLOSE}")
_ANY_MARK_RE = re.compile(f"[{_OPEN}{_CLOSE}{chr(_ZERO)}-{chr(_ZERO + 9)}]")
_EMPTY_SPAN_RE = re.compile(r'<span class="err"></span>')  # what Pygments made of a marker in code

PAGE_EXTENSIONS: tuple[str, ...] = (
    "admonition",
    "attr_list",
    "md_in_html",
    "pymdownx.details",
    "pymdownx.highlight",
    "pymdownx.superfences",
    "pymdownx.tabbed",
)
"""The block syntax of the site's pages, for reading Markdown outside MkDocs (tests, tools)."""

RENDER_EXTENSIONS = ("attr_list", "md_in_html", "pymdownx.highlight", "pymdownx.superfences")
"""What an embed's own Markdown needs (a titled code fence inside a ``markdown`` div)."""


class EmbedError(Exception):
    """An embed that cannot be honoured (bad syntax, bad path, missing file)."""


@dataclass(frozen=True)
class Embed:
    """One ``{{ run(...) }}`` paragraph: the snippet name as written and its 1-based source line."""

    name: str
    line: int


@dataclass(frozen=True)
class ShownVariant:
    """One variant of an embed as this build shows it (``variants.Variant`` with its run)."""

    key: str  # ``LAYER=LSTM&UNITS=8``
    chosen: tuple[tuple[str, str], ...]  # (name, literal source) in declaration order
    changed: tuple[int, ...]  # lines that differ from the file as written
    source: str
    result: RunResult | None
    failure: SnippetFailed | None = None


@dataclass(frozen=True)
class PageEmbed:
    """One embed of one page as this build shows it: the source that ran and its result."""

    name: str
    line: int
    source: str
    result: RunResult | None  # None when the build does not execute snippets (SNIPPET_EXEC=off), or it failed
    failure: SnippetFailed | None = None  # under ``mkdocs serve``: how the snippet failed (the page shows it)
    choices: tuple[Choice, ...] = ()  # its ``# try:`` declarations (variants.py)
    variants: tuple[ShownVariant, ...] = ()  # every variant, the default (this embed's own run) first


def line_marker(line: int) -> str:
    return _OPEN + "".join(chr(_ZERO + int(digit)) for digit in str(line)) + _CLOSE


def read_marker(text: str) -> tuple[str, int]:
    """``text`` without its line marker, and the line (0 if it had none: an included file)."""
    found = _MARKER_RE.search(text)
    if found is None:
        return text, 0
    line = int("".join(str(ord(char) - _ZERO) for char in found.group(1)))
    return text[: found.start()] + text[found.end() :], line


def strip_markers(text: str) -> str:
    """Remove every line marker (and the empty spans a code highlighter wrapped them in)."""
    return _EMPTY_SPAN_RE.sub("", _ANY_MARK_RE.sub("", text))


class _MarkLines(Preprocessor):
    """Append its source line to every line that starts like an embed (before anything moves lines)."""

    def run(self, lines: list[str]) -> list[str]:
        return [
            line.rstrip() + line_marker(number) if _LINE_RE.match(line) else line
            for number, line in enumerate(lines, start=1)
        ]


class _StripMarks(Postprocessor):
    def run(self, text: str) -> str:
        return strip_markers(text)


class _EmbedBlocks(BlockProcessor):
    """A paragraph that is an embed: collected, or rendered in place as stashed HTML."""

    def __init__(self, parser: Any, extension: SnippetEmbeds) -> None:
        super().__init__(parser)
        self.extension = extension

    def test(self, parent: etree.Element, block: str) -> bool:
        return any(_NEAR_MISS_RE.match(line.strip()) for line in block.split("\n"))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")
        first = next(i for i, line in enumerate(lines) if _NEAR_MISS_RE.match(line.strip()))
        if len(lines) > first + 1:
            blocks.insert(0, "\n".join(lines[first + 1 :]))
        if first:  # prose right above the embed, with no blank line between: a paragraph of its own
            self.parser.parseBlocks(parent, ["\n".join(lines[:first])])
        text, line = read_marker(lines[first].strip())
        html = self.extension.found_embed(text.strip(), line)
        if html:
            paragraph = etree.SubElement(parent, "p")  # <p>placeholder</p> becomes the block itself
            paragraph.text = self.parser.md.htmlStash.store(html)


@dataclass
class SnippetEmbeds(Extension):
    """The Python-Markdown extension that finds (and, with ``render``, renders) a page's embeds.

    One instance serves one page at a time: ``begin(page)`` before converting it.
    ``render(embed)`` returns the embed's Markdown (``render.render_embed``); it is
    converted with ``extensions``/``configs`` (the page's highlighting settings).
    Without ``render``, malformed embeds are kept in ``problems`` instead of raised,
    so one reading of the site reports them all.
    """

    render: Callable[[Embed], str] | None = None
    extensions: Sequence[str] = RENDER_EXTENSIONS
    configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    page: str = "<page>"
    line_offset: int = 0  # lines of front matter above the Markdown: added to every line reported
    found: list[Embed] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.registerExtension(self)
        md.preprocessors.register(_MarkLines(md), "snippet_embed_lines", 40)  # before pymdownx.snippets (32)
        md.parser.blockprocessors.register(_EmbedBlocks(md.parser, self), "snippet_embed", 12)  # before paragraph
        md.postprocessors.register(_StripMarks(md), "snippet_embed_marks", 5)  # after the stash is restored

    def begin(self, page: str, line_offset: int = 0) -> None:
        """Start a page (``page`` prefixes every message; ``line_offset``: lines of front matter)."""
        self.page, self.line_offset, self.found, self.problems = page, line_offset, [], []

    def found_embed(self, text: str, line: int) -> str:
        """Record the embed written as ``text``; its HTML when rendering, else ``""``."""
        line = line + self.line_offset if line else 0
        match = EMBED_RE.match(text)
        if match is None:
            message = (
                f'{self.page}:{line}: malformed embed {text!r}; write {{{{ run("name.py") }}}} on a line of its own'
            )
            if self.render is None:
                self.problems.append(message)
                return ""
            raise EmbedError(message)
        embed = Embed(match.group("name"), line)
        self.found.append(embed)
        if self.render is None:
            return ""
        converter = markdown.Markdown(extensions=list(self.extensions), extension_configs=self.configs)
        return converter.convert(self.render(embed))


def find_embeds(
    text: str,
    page: str = "<page>",
    *,
    extensions: Sequence[str | Extension] = PAGE_EXTENSIONS,
    configs: dict[str, dict[str, Any]] | None = None,
) -> list[Embed]:
    """The embeds of a page in order, read by Python-Markdown with ``extensions``.

    A paragraph that starts like an embed but does not parse raises ``EmbedError``
    naming ``page`` and line, instead of being silently shown as text.
    """
    collector = SnippetEmbeds()
    collector.begin(page)
    markdown.Markdown(extensions=[*extensions, collector], extension_configs=configs or {}).convert(text)
    if collector.problems:
        raise EmbedError("\n".join(collector.problems))
    return collector.found


def resolve_snippet(snippets_dir: Path, name: str, where: str) -> Path:
    """Map an embed's name to a file inside ``snippets_dir`` or raise ``EmbedError``.

    ``where`` (``page:line``) is put in every message so the author can find the embed.
    """
    if not name.endswith(".py"):
        raise EmbedError(f"{where}: snippet {name!r} must be a .py file")
    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise EmbedError(f"{where}: snippet {name!r} must be a path inside {snippets_dir.name}/")
    root = snippets_dir.resolve()
    path = (root / name).resolve()
    if root not in path.parents:
        raise EmbedError(f"{where}: snippet {name!r} leaves {snippets_dir.name}/")
    if not path.is_file():
        known = sorted(p.name for p in root.glob("*.py"))
        close = [k for k in known if k[:4] == Path(name).name[:4]]
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise EmbedError(f"{where}: snippet {snippets_dir.name}/{name} does not exist{hint}")
    return path


def embedded_in(docs_dir: Path, snippets_dir: Path) -> list[Path]:
    """Snippet files the Markdown pages under ``docs_dir`` embed (pages that fail to parse are skipped)."""
    found: set[Path] = set()
    if not docs_dir.is_dir():
        return []
    for page in sorted(docs_dir.rglob("*.md")):
        try:
            names = [embed.name for embed in find_embeds(page.read_text(encoding="utf-8"))]
        except (OSError, UnicodeDecodeError, EmbedError):
            continue
        found.update(path for path in (snippets_dir / name for name in names) if path.is_file())
    return sorted(found)
