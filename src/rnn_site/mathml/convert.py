"""Find LaTeX math in Markdown and convert it to MathML.

Inline math is ``$...$`` (no space just inside the dollars, and no digit right
after the closing one, so "$5 and $6" stays text); display math is ``$$...$$``,
possibly over several lines. Fenced code blocks and code spans are left alone,
and ``\\$`` is a literal dollar sign.

Markdown would mangle MathML (``_``, ``*``), so ``extract_math`` swaps each
formula for a plain-letters placeholder before Markdown runs and
``restore_math`` puts the MathML back into the HTML afterwards.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable

from latex2mathml.converter import convert

_FENCE_RE = re.compile(r"^(?P<fence>`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(\s|$)")
_MATHML_NS = "{http://www.w3.org/1998/Math/MathML}"
# MathML elements that take a fixed number of children; a wrong count means broken LaTeX (``\frac{a}``).
_ARITY = {"mfrac": 2, "msub": 2, "msup": 2, "msubsup": 3, "mroot": 2, "munder": 2, "mover": 2, "munderover": 3}


class MathError(Exception):
    """A formula that cannot be converted; the message starts with ``page:line``."""


@dataclass(frozen=True)
class Formula:
    """One formula found in a page: its LaTeX, whether it is display math, its 1-based line, its MathML."""

    latex: str
    display: bool
    line: int
    mathml: str


def placeholder(index: int) -> str:
    """Letters and digits only, so Markdown passes it through untouched."""
    return f"MATHMLPLACEHOLDER{index}END"


def _check_braces(latex: str) -> None:
    depth = 0
    for match in re.finditer(r"\\.|[{}]", latex):
        if match.group() == "{":
            depth += 1
        elif match.group() == "}":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced braces: '}' without '{'")
    if depth:
        raise ValueError("unbalanced braces: '{' never closed")


def _check_mathml(mathml: str) -> None:
    try:
        root = ET.fromstring(mathml)
    except ET.ParseError as exc:  # e.g. a raw "&" from an environment latex2mathml does not know
        raise ValueError(f"latex2mathml produced invalid MathML ({exc}); use align (not aligned) or one $$ block per equation") from None
    for element in root.iter():
        tag = element.tag.removeprefix(_MATHML_NS)
        if tag in _ARITY and len(element) != _ARITY[tag]:
            raise ValueError(f"<{tag}> needs {_ARITY[tag]} arguments, got {len(element)}")
        if tag in {"mi", "mo", "mtext"} and (element.text or "").startswith("\\"):
            raise ValueError(f"unknown command {element.text}")


def latex_to_mathml(latex: str, *, display: bool) -> str:
    """MathML for one formula; ``ValueError`` if the LaTeX is broken (latex2mathml alone is lenient)."""
    if not latex.strip():
        raise ValueError("empty formula")
    _check_braces(latex)
    try:
        mathml = convert(latex.strip(), display="block" if display else "inline")
    except Exception as exc:  # latex2mathml raises its own exception types, without messages
        raise ValueError(f"{type(exc).__name__} {exc}".strip()) from None
    _check_mathml(mathml)
    return mathml


def _code_span_end(line: str, start: int) -> int | None:
    """If a code span opens at ``start``, the index just after it closes (same line), else None."""
    ticks = len(line[start:]) - len(line[start:].lstrip("`"))
    close = re.compile(r"(?<!`)" + "`" * ticks + r"(?!`)")
    match = close.search(line, start + ticks)
    return match.end() if match else None


def _inline_end(line: str, start: int) -> int | None:
    """Index of the ``$`` closing inline math opened at ``start``, if the opening is a real one."""
    if start + 1 >= len(line) or line[start + 1].isspace():
        return None
    i = start + 1
    while i < len(line):
        char = line[i]
        if char == "\\":
            i += 2
            continue
        if char == "$":
            after = line[i + 1] if i + 1 < len(line) else ""
            if not line[i - 1].isspace() and not after.isdigit():
                return i
            return None
        i += 1
    return None


def extract_math(markdown: str, page: str = "<page>") -> tuple[str, list[Formula]]:
    """Replace every formula with ``placeholder(i)``; return the new Markdown and the formulas.

    Raises ``MathError`` (``page:line: ...``) for broken LaTeX, an unclosed ``$$``
    or math in a heading (its placeholder would leak into the table of contents).
    """
    formulas: list[Formula] = []
    lines = markdown.split("\n")
    out: list[str] = []
    fence: str | None = None
    display: tuple[int, list[str], str] | None = None  # (start line, LaTeX lines, text before the $$)

    def add(latex: str, is_display: bool, line: int) -> str:
        try:
            mathml = latex_to_mathml(latex, display=is_display)
        except ValueError as exc:
            raise MathError(f"{page}:{line}: cannot convert {'$$' if is_display else '$'}{latex}{'$$' if is_display else '$'}: {exc}") from None
        formulas.append(Formula(latex, is_display, line, mathml))
        return placeholder(len(formulas) - 1)

    for number, line in enumerate(lines, start=1):
        before_count = len(formulas)
        if display is not None:
            end = line.find("$$")
            if end < 0:
                display[1].append(line)
                out.append("")  # keep the line count, so later lines keep their numbers
                continue
            start_line, latex_lines, before = display
            out[start_line - 1] = before + add("\n".join(latex_lines + [line[:end]]), True, start_line)
            converted, display = _convert_line(line[end + 2 :], number, add)
        elif fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and stripped.strip(fence[0]) == "":
                fence = None
            out.append(line)
            continue
        elif match := _FENCE_RE.match(line.strip()):
            fence = match.group("fence")
            out.append(line)
            continue
        else:
            converted, display = _convert_line(line, number, add)
        if _HEADING_RE.match(line) and (len(formulas) > before_count or display is not None):
            raise MathError(f"{page}:{number}: math in a heading is not supported (the table of contents would show the raw placeholder)")
        out.append(converted)
    if display is not None:
        raise MathError(f"{page}:{display[0]}: display math opened with $$ is never closed")
    return "\n".join(out), formulas


def _convert_line(line: str, number: int, add: Callable[[str, bool, int], str]) -> tuple[str, tuple[int, list[str], str] | None]:
    """Convert the math of one line; if a ``$$`` stays open, return where it started."""
    pieces: list[str] = []
    i = 0
    while i < len(line):
        char = line[i]
        if char == "`":
            end = _code_span_end(line, i)
            if end is not None:
                pieces.append(line[i:end])
                i = end
                continue
            run = len(line[i:]) - len(line[i:].lstrip("`"))
            pieces.append(line[i : i + run])
            i += run
            continue
        if char == "\\" and line.startswith("\\$", i):
            pieces.append("&#36;")
            i += 2
            continue
        if line.startswith("$$", i):
            end = line.find("$$", i + 2)
            if end < 0:  # display math over several lines
                return "".join(pieces), (number, [line[i + 2 :]], "".join(pieces))
            pieces.append(add(line[i + 2 : end], True, number))
            i = end + 2
            continue
        if char == "$":
            end = _inline_end(line, i)
            if end is not None:
                pieces.append(add(line[i + 1 : end], False, number))
                i = end + 1
                continue
        pieces.append(char)
        i += 1
    return "".join(pieces), None


def restore_math(html: str, formulas: list[Formula], page: str = "<page>") -> str:
    """Put each formula's MathML where its placeholder ended up in the HTML."""
    for index, formula in enumerate(formulas):
        token = placeholder(index)
        if formula.display:
            block = f'<div class="math-display">{formula.mathml}</div>'
            html, count = re.subn(rf"<p>\s*{token}\s*</p>", block, html)
            if count == 0:
                html, count = html.replace(token, formula.mathml), html.count(token)
        else:
            html, count = html.replace(token, formula.mathml), html.count(token)
        if count != 1:
            raise MathError(f"{page}:{formula.line}: formula {formula.latex!r} appears {count} times after Markdown (expected once)")
    return html


def html_math_to_mathml(html: str, page: str = "<page>") -> str:
    """Convert ``$...$``/``$$...$$`` left as text in rendered HTML (e.g. a notebook's markdown cells)."""
    text, formulas = extract_math(html, page=page)
    return restore_math(text, formulas, page=page)
