"""Find snippet embeds in Markdown and resolve them to files under ``snippets/``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EMBED_RE = re.compile(r'^\{\{\s*run\(\s*"(?P<name>[^"]*)"\s*\)\s*\}\}\s*$')
"""One embed per line: ``{{ run("one_cell_rnn.py") }}``."""

_NEAR_MISS_RE = re.compile(r"^\{\{\s*run\b")
_FENCE_RE = re.compile(r"^(?P<fence>`{3,}|~{3,})")


class EmbedError(Exception):
    """An embed line that cannot be honoured (bad syntax, bad path, missing file)."""


@dataclass(frozen=True)
class Embed:
    """One ``{{ run(...) }}`` line: the snippet name as written and its 1-based line."""

    name: str
    line: int


def outside_fences(markdown: str) -> Iterator[tuple[int, str, bool]]:
    """Each line with its 1-based number and whether it is prose (not a fence or inside one)."""
    fence: str | None = None
    for number, line in enumerate(markdown.splitlines(), start=1):
        stripped = line.strip()
        match = _FENCE_RE.match(stripped)
        if fence is not None:
            if match and stripped.startswith(fence) and stripped.strip(fence[0]) == "":
                fence = None
            yield number, line, False
        elif match:
            fence = match.group("fence")
            yield number, line, False
        else:
            yield number, line, True


def find_embeds(markdown: str, page: str = "<page>") -> list[Embed]:
    """Return the embeds of a page in order, ignoring fenced code blocks.

    A line that starts like an embed but does not parse raises ``EmbedError``
    instead of being silently shown as text.
    """
    embeds: list[Embed] = []
    for number, line, prose in outside_fences(markdown):
        stripped = line.strip()
        if not prose:
            continue
        found = EMBED_RE.match(stripped)
        if found:
            embeds.append(Embed(found.group("name"), number))
        elif _NEAR_MISS_RE.match(stripped):
            raise EmbedError(f'{page}:{number}: malformed embed {stripped!r}; write {{{{ run("name.py") }}}}')
    return embeds


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


def replace_embeds(markdown: str, render: "callable[[Embed], str]") -> str:
    """Replace each embed line with ``render(embed)``; other lines are kept as they are."""
    lines = markdown.splitlines()
    for embed in reversed(find_embeds(markdown)):
        lines[embed.line - 1] = render(embed)
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")
