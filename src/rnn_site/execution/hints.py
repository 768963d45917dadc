"""Show each line's array shapes at the end of that line in a built code block.

Works on the HTML Pygments (through pymdownx.highlight) made, whatever Markdown
produced it: a highlighted block's lines are separated by newlines, each with
its spans closed. A hint is an empty element whose text is drawn by CSS from
``data-hint`` (docs/stylesheets/shape-hints.css), so it is not part of the
code: Material's copy button (``innerText``) and a mouse selection skip it,
while ``role="note"`` and ``aria-label`` give screen readers the description.
Each hinted line gets two: one at its end (wide screens) and one just after
its newline (shown under the line on narrow screens instead of widening the
block); the stylesheet shows one of them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from .shapes import LineShapes

LABELS = {
    "ko": {"describe": "이 줄을 실행한 뒤의 shape: {}", "or": " 또는 "},
    "en": {"describe": "Shapes after this line: {}", "or": " or "},
}
BELOW = "↳ "  # marks the narrow-screen hint as belonging to the line above

_RUN = re.compile(r'<div\b[^>]*\bclass="(?:[^"]*\s)?snippet-run(?:\s[^"]*)?"[^>]*>')
_NAME = re.compile(r'\bdata-snippet="([^"]*)"')
_VARIANT = re.compile(r'\bdata-variant="([^"]*)"')
_CODE = re.compile(r"(<pre\b[^>]*>.*?<code\b[^>]*>)(.*?)(</code>)", re.S)
_TAG = re.compile(r"<[^>]*>")


def hint_text(line: LineShapes) -> str:
    """``outputs (1, 5, 2) · states (1, 2)``; distinct shapes of a loop joined by `` | ``."""
    return " · ".join(f"{n.name} {' | '.join(s.text() for s in n.shapes)}" for n in line.names)


def hint_label(line: LineShapes, lang: str) -> str:
    """What a screen reader says for the line, in the page's language."""
    words = LABELS.get(lang, LABELS["en"])
    parts = ", ".join(f"{n.name} {words['or'].join(s.text() for s in n.shapes)}" for n in line.names)
    return words["describe"].format(parts)


def _span(classes: str, label: str, text: str) -> str:
    return (
        f'<span class="{classes}" role="note" aria-label="{html.escape(label)}" data-hint="{html.escape(text)}"></span>'
    )


def code_text(code_html: str) -> str:
    """The text a highlighted block shows (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", code_html))


def add_hints(code_html: str, shapes: Sequence[LineShapes], lang: str) -> str:
    """``code_html`` (the inside of a highlighted ``<code>``) with a hint on every line in ``shapes``."""
    lines = code_html.split("\n")
    for shape in shapes:
        index = shape.line - 1
        if not shape.names or not 0 <= index < len(lines):
            continue
        label, text = hint_label(shape, lang), hint_text(shape)
        indent = re.match(r" *", code_text(lines[index]))[0]  # type: ignore[index]
        below = _span("shape-hint shape-hint--below", label, indent + BELOW + text)
        lines[index] += _span("shape-hint", label, text)
        if index + 1 < len(lines):
            lines[index + 1] = below + lines[index + 1]
        else:  # a last line without newline: the narrow hint follows it (shown as a block, so below it)
            lines[index] += below
    return "\n".join(lines)


Lookup = Callable[[str, str], "tuple[str, Sequence[LineShapes]] | None"]


def add_page_hints(page_html: str, lookup: Lookup, lang: str) -> tuple[str, list[str]]:
    """Hints in the code block of every ``<div class="snippet-run" data-snippet="name.py">`` of a page.

    ``lookup(name, variant)`` gives the snippet's source and line shapes, or None to leave it alone
    (``variant``: the key in ``data-variant``, "" for an embed without variants). A code
    block whose text is not exactly the source gets no hints (they could land on the wrong
    lines); its name is returned among the problems.
    """
    out: list[str] = []
    problems: list[str] = []
    position = 0
    runs = list(_RUN.finditer(page_html))
    for number, run in enumerate(runs):
        name_match = _NAME.search(run.group(0))
        name = html.unescape(name_match[1]) if name_match else ""
        variant_match = _VARIANT.search(run.group(0))
        found = lookup(name, html.unescape(variant_match[1]) if variant_match else "") if name else None
        if found is None:
            continue
        source, shapes = found
        end = runs[number + 1].start() if number + 1 < len(runs) else len(page_html)
        code = _CODE.search(page_html, run.end(), end)
        if code is None or code_text(code[2]).rstrip("\n") != source.rstrip("\n"):
            problems.append(name)
            continue
        if not shapes:
            continue
        out += [page_html[position : code.start(2)], add_hints(code[2], shapes, lang)]
        position = code.end(2)
    out.append(page_html[position:])
    return "".join(out), problems
