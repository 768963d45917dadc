"""Capture the matplotlib figures a snippet left open, as SVG text that follows the page's theme.

``capture_figures`` runs in the child process, and only when the snippet itself
imported ``matplotlib.pyplot`` (the build never imports matplotlib). The SVG is
made deterministic (fixed id salt, no date, glyphs as paths so no font is
needed) and theme-aware by ``theme_svg``: transparent background, black drawn
as ``currentColor`` and white as the page background, so the same bytes read
well in Material's light and dark (``slate``) schemes.
"""

from __future__ import annotations

import io
import re
import sys

# Colours matplotlib writes for "ink" and "paper", and what they become on the page.
_INK = re.compile(r"#000000\b|\bblack\b")
_PAPER = re.compile(r"#ffffff\b|\bwhite\b")
PAPER = "var(--md-default-bg-color, #fff)"


def theme_svg(svg: str) -> str:
    """matplotlib's SVG file text -> an ``<svg>`` element to inline in a page.

    Drops the XML prolog, doctype, metadata and matplotlib's global ``*{...}``
    style (it would restyle the whole page); drops the fixed width and height so
    the figure scales with the column; draws black as ``currentColor`` (also as
    the default fill, for text drawn as glyph paths) and white as the page
    background; removes blank lines so Markdown keeps the block whole.
    """
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r"<style[^>]*>\s*\*\s*\{[^}]*\}\s*</style>\s*", "", svg, flags=re.S)
    svg = re.sub(r"<defs>\s*</defs>\s*", "", svg)
    root_end = svg.index(">")
    root = svg[:root_end]
    root = re.sub(r'\s(width|height)="[^"]*"', "", root)
    root = root.replace("<svg", '<svg class="snippet-plot" fill="currentColor"', 1)
    body = svg[root_end:]
    body = re.sub(r"(fill|stroke)(:\s*|=\")(#000000|black)\b", r"\1\2currentColor", body)
    body = re.sub(r"(fill|stroke)(:\s*|=\")(#ffffff|white)\b", rf"\1\2{PAPER}", body)
    text = root + body
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def capture_figures(salt: str) -> list[str]:
    """Every open pyplot figure as themed SVG text, in figure-number order.

    ``salt`` (e.g. the snippet's file name) seeds the SVG's element ids, so two
    runs give identical bytes and two figures on one page do not share ids.
    """
    if "matplotlib.pyplot" not in sys.modules:
        return []  # the snippet drew nothing; importing matplotlib here would only cost time
    import matplotlib
    import matplotlib.pyplot as plt

    figures = []
    for number in plt.get_fignums():
        figure = plt.figure(number)
        buffer = io.StringIO()
        # a literal, so type checkers see matplotlib's own rc keys
        with matplotlib.rc_context({"svg.hashsalt": f"{salt}:{number}", "svg.fonttype": "path", "path.simplify": True}):
            figure.savefig(buffer, format="svg", metadata={"Date": None}, transparent=True, bbox_inches="tight")
        figures.append(theme_svg(buffer.getvalue()))
    return figures
