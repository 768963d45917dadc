"""A text alternative, in the page's language, for each figure a snippet drew.

matplotlib draws text as glyph paths, so a screen reader finds nothing in the SVG; but it writes each
text it drew as a comment (``<!-- time step -->``). The alternative names the snippet that drew the
figure and lists those words (titles, axis labels, legend), the tick numbers and single letters left
out, and goes on the ``<svg>`` as ``role="img"`` with an ``aria-label``.
"""

from __future__ import annotations

import html
import re

from rnn_site.labels import FIGURE, words

_COMMENT = re.compile(r"<!--\s*(.*?)\s*-->", re.S)
_NUMBER = re.compile(r"^[−\-+]?[\d.,]+(e[−\-+]?\d+)?%?$")


def figure_texts(svg: str) -> list[str]:
    """The words drawn in a matplotlib SVG, in drawing order, once each (no tick numbers or single letters)."""
    seen: list[str] = []
    for text in _COMMENT.findall(svg):
        text = " ".join(html.unescape(text).split())
        if len(text) > 1 and not _NUMBER.match(text) and text not in seen:
            seen.append(text)
    return seen


def alt_text(svg: str, name: str | None, lang: str) -> str:
    """The alternative of a figure drawn by ``snippets/<name>`` (None: by the notebook cell above it)."""
    texts = figure_texts(svg)
    if name is None:
        return words(FIGURE, lang)["cell"].format(texts=", ".join(texts) or "-")
    template = words(FIGURE, lang)["chart" if texts else "chart_no_text"]
    return template.format(name=name, texts=", ".join(texts))


def label_figure(svg: str, name: str, lang: str) -> str:
    """``svg`` with ``role="img"`` and an ``aria-label`` in ``lang`` on its root element (once)."""
    if re.match(r"\s*<svg\b[^>]*\baria-label=", svg):
        return svg
    label = html.escape(alt_text(svg, name, lang), quote=True)
    # a function, not a template: the label may hold backslashes (a plot's LaTeX, "$\\mathrm{...}$")
    return re.sub(r"<svg\b", lambda _: f'<svg role="img" aria-label="{label}"', svg, count=1)
