"""Long output, cut for the page: the first lines and a note of how many were left out.

A snippet that prints 100,000 lines would otherwise put megabytes on a page. The page shows the
start of the real output (never a summary or a middle part, so it still reads as what the terminal
showed first); the notebook keeps the whole output. The limit is the plugin's ``max_output_lines``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from rnn_site.labels import RENDER, words


@dataclass(frozen=True)
class Cut:
    """What the page shows of one output."""

    shown: str  # the first lines, without a trailing newline
    omitted: int  # how many lines were left out (0: nothing)


def cut_output(output: str, max_lines: int | None) -> Cut:
    """The first ``max_lines`` lines of ``output`` (all of it if ``max_lines`` is None or 0)."""
    lines = output.rstrip("\n").split("\n")
    if not max_lines or len(lines) <= max_lines:
        return Cut("\n".join(lines), 0)
    return Cut("\n".join(lines[:max_lines]), len(lines) - max_lines)


def omitted_note(cut: Cut, lang: str) -> str:
    """The note under a cut output (an HTML paragraph), or "" if nothing was cut."""
    if not cut.omitted:
        return ""
    shown = cut.shown.count("\n") + 1
    text = words(RENDER, lang)["omitted"].format(shown=shown, omitted=cut.omitted)
    return f'<p class="snippet-output__omitted" data-shown-lines="{shown}" data-omitted-lines="{cut.omitted}">{html.escape(text)}</p>'
