"""A text alternative, in the page's language, for each figure a snippet drew.

matplotlib draws text as glyph paths, so a screen reader finds nothing in the SVG; but it writes each
text it drew as a comment (``<!-- time step -->``). The alternative names the snippet that drew the
figure and lists those words (titles, axis labels, legend), the tick numbers and single letters left
out, and goes on the ``<svg>`` as ``role="img"`` with an ``aria-label``.
"""

from __future__ import annotations

import html
import re

_COMMENT = re.compile(r"<!--\s*(.*?)\s*-->", re.S)
_NUMBER = re.compile(r"^[−\-+]?[\d.,]+(e[−\-+]?\d+)?%?$")

WORDS = {
    "ko": "snippets/{name} 가 그린 그래프. 그래프에 적힌 글: {texts}.",
    "en": "A chart drawn by snippets/{name}. Its text: {texts}.",
}
CELL = {
    "ko": "위 코드가 그린 그래프. 그래프에 적힌 글: {texts}.",
    "en": "A chart drawn by the code above. Its text: {texts}.",
}
WORDS_NONE = {
    "ko": "snippets/{name} 가 그린 그래프.",
    "en": "A chart drawn by snippets/{name}.",
}


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
        return CELL.get(lang, CELL["en"]).format(texts=", ".join(texts) or "-")
    template = (WORDS if texts else WORDS_NONE).get(lang, (WORDS if texts else WORDS_NONE)["en"])
    return template.format(name=name, texts=", ".join(texts))


def label_figure(svg: str, name: str, lang: str) -> str:
    """``svg`` with ``role="img"`` and an ``aria-label`` in ``lang`` on its root element (once)."""
    if re.match(r"\s*<svg\b[^>]*\baria-label=", svg):
        return svg
    label = html.escape(alt_text(svg, name, lang), quote=True)
    # a function, not a template: the label may hold backslashes (a plot's LaTeX, "$\\mathrm{...}$")
    return re.sub(r"<svg\b", lambda _: f'<svg role="img" aria-label="{label}"', svg, count=1)
