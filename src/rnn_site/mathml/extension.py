"""LaTeX math in Markdown as a Python-Markdown extension: MathML stored in the parser's own stash.

Inline math is ``$...$`` (no space just inside the dollars, and no digit right
after the closing one, so "$5 and $6" stays text; one line at most); display
math is a paragraph that starts with ``$$`` and runs to the closing ``$$``
(possibly over several lines and blank lines), or ``$$...$$`` inside a
paragraph. ``\\$`` is a literal dollar sign. Code spans and code blocks are
never read as math: Python-Markdown hands them over already protected.

Errors name the page and the line: a first preprocessor keeps the source as
written, and a formula's line is where its text first occurs there.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from typing import Any

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.util import AtomicString

from .convert import MathError, latex_to_mathml

_INLINE = (
    r"(?<!\\)(?:\$\$(?P<display>[\s\S]+?)\$\$"  # $$...$$ inside a paragraph
    r"|\$(?!\s)(?P<inline>(?:\\.|[^$\\\n])+?)(?<!\s)\$(?!\d))"  # $...$
)
_ESCAPED_DOLLAR = r"\\\$"


@dataclass
class MathExtension(Extension):
    """``$...$`` and ``$$...$$`` -> MathML. ``begin(page)`` before each page.

    With ``collect``, a broken formula is kept in ``problems`` (and left as text)
    instead of raised, so one reading of the site reports every bad formula.
    """

    collect: bool = False
    page: str = "<page>"
    line_offset: int = 0  # lines of front matter above the Markdown
    problems: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.registerExtension(self)
        md.preprocessors.register(_KeepSource(md, self), "math_source", 45)  # before anything moves lines
        md.parser.blockprocessors.register(_DisplayMath(md.parser, self), "math_display", 14)  # before paragraph
        md.inlinePatterns.register(_Math(_INLINE, md, self), "math_inline", 185)  # after code spans (190)
        md.inlinePatterns.register(_Dollar(_ESCAPED_DOLLAR, md), "math_dollar", 184)  # after math: \$ inside it

    def begin(self, page: str, line_offset: int = 0) -> None:
        self.page, self.line_offset, self.problems, self.source = page, line_offset, [], []

    def mathml(self, latex: str, *, display: bool) -> str | None:
        """The formula's MathML, or None (collect mode) if broken; ``MathError`` names page and line."""
        try:
            return latex_to_mathml(latex, display=display)
        except ValueError as exc:
            dollars = "$$" if display else "$"
            message = f"{self.page}:{self.line_of(latex)}: cannot convert {dollars}{latex}{dollars}: {exc}"
        if self.collect:
            self.problems.append(message)
            return None
        raise MathError(message)

    def fail(self, message: str, latex: str) -> None:
        text = f"{self.page}:{self.line_of(latex)}: {message}"
        if not self.collect:
            raise MathError(text)
        self.problems.append(text)

    def line_of(self, latex: str) -> int:
        """The first source line holding the formula's first line (0 if it came from an included file)."""
        first = next((part.strip() for part in latex.splitlines() if part.strip()), latex.strip())
        found = next((number for number, line in enumerate(self.source, start=1) if first in line), 0)
        return found + self.line_offset if found else 0


class _KeepSource(Preprocessor):
    def __init__(self, md: markdown.Markdown, extension: MathExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        self.extension.source = list(lines)
        return lines


class _Math(InlineProcessor):
    def __init__(self, pattern: str, md: markdown.Markdown, extension: MathExtension) -> None:
        super().__init__(pattern, md)
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str | None, int | None, int | None]:  # noqa: N802
        display = m.group("display") is not None
        mathml = self.extension.mathml(m.group("display") if display else m.group("inline"), display=display)
        if mathml is None:
            return None, None, None
        return self.md.htmlStash.store(mathml), m.start(0), m.end(0)


class _Dollar(InlineProcessor):
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:  # noqa: N802
        return "$", m.start(0), m.end(0)


class _DisplayMath(BlockProcessor):
    """A paragraph opening with ``$$``: everything up to the closing ``$$`` is one display formula."""

    def __init__(self, parser: Any, extension: MathExtension) -> None:
        super().__init__(parser)
        self.extension = extension

    def test(self, parent: etree.Element, block: str) -> bool:
        return block.lstrip().startswith("$$")

    def run(self, parent: etree.Element, blocks: list[str]) -> bool | None:
        text = blocks.pop(0).lstrip()[2:]
        while "$$" not in text and blocks:
            text += "\n\n" + blocks.pop(0)
        if "$$" not in text:
            self.extension.fail("display math opened with $$ is never closed", text)
            paragraph = etree.SubElement(parent, "p")
            paragraph.text = AtomicString("$$" + text)  # left as written: read once, reported once
            return None
        latex, rest = text.split("$$", 1)
        if rest.strip():
            blocks.insert(0, rest.lstrip("\n"))
        mathml = self.extension.mathml(latex, display=True)
        paragraph = etree.SubElement(parent, "p")  # <p>placeholder</p> becomes the block itself
        if mathml is None:
            paragraph.text = AtomicString(f"$${latex}$$")
        else:
            paragraph.text = self.parser.md.htmlStash.store(f'<div class="math-display">{mathml}</div>')
        return None
