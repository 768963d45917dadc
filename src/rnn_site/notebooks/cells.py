"""A page's Markdown cut into notebook cells, where Python-Markdown sees its headings and embeds.

The embeds (with their source lines) come from the snippet-exec plugin's
record, which read the page with the site's own parser; the top-level headings
come from the same reading (``rnn_site.reading``: a heading inside a code block
or an admonition is not one).

A markdown cell starts at each top-level heading. A top-level embed becomes a
code cell where it stands. An embed inside a block (an admonition, a folded
``??? success "Solution"``, a content tab, a list item) cannot split that block
in two, so the whole block becomes one markdown cell (without its embeds) and
its embeds follow it as code cells: an exercise's solution block gives its
title, then the solution's code. Markdown nests blocks by indentation, so the
block of a nested embed runs from the nearest unindented line above it to the
next unindented line below it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rnn_site.execution.public import PageEmbed


def _unindented(line: str) -> bool:
    return bool(line.strip()) and not line[0].isspace()


def _blocks(lines: list[str], embeds: Sequence[PageEmbed]) -> dict[int, tuple[int, list[PageEmbed]]]:
    """The blocks holding nested embeds: start index -> (end index, its embeds in order)."""
    blocks: dict[int, tuple[int, list[PageEmbed]]] = {}
    for embed in embeds:
        at = embed.line - 1
        if _unindented(lines[at]):
            continue
        start = max((i for i in range(at) if _unindented(lines[i])), default=0)
        end = next((i for i in range(at + 1, len(lines)) if _unindented(lines[i])), len(lines))
        for other, (other_end, inside) in list(blocks.items()):
            if other <= start < other_end:  # the same block as an earlier embed
                start, end = other, max(end, other_end)
                embed_list = inside
                break
        else:
            embed_list = []
        embed_list.append(embed)
        blocks[start] = (end, embed_list)
    return blocks


def page_cells(text: str, embeds: Sequence[PageEmbed], headings: Sequence[int]) -> list[str | PageEmbed]:
    """The page in order: prose chunks (a new one at each top-level heading) and embeds."""
    lines = text.split("\n")
    at_line = {embed.line - 1: embed for embed in embeds}
    blocks = _blocks(lines, embeds)
    starts = {line - 1 for line in headings}
    chunks: list[str | PageEmbed] = []
    prose: list[str] = []

    def flush() -> None:
        chunks.append("\n".join(prose))
        prose.clear()

    i = 0
    while i < len(lines):
        if i in blocks:
            end, inside = blocks[i]
            flush()
            skip = {embed.line - 1 for embed in inside}
            prose.extend(line for k, line in enumerate(lines[i:end], start=i) if k not in skip)
            flush()
            chunks.extend(inside)
            i = end
            continue
        if i in at_line:
            flush()
            chunks.append(at_line[i])
        else:
            if i in starts:
                flush()
            prose.append(lines[i])
        i += 1
    flush()
    return [chunk for chunk in chunks if not isinstance(chunk, str) or chunk.strip()]
