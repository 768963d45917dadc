"""What one run of a snippet produced, and how a run can fail.

A ``RunResult`` is the build's immutable record of one snippet: the exact
source that ran (``source``, as the child read it, not a later read of the
file), the cache key it is stored under (``key``) and everything it produced.
Pages and notebooks render ``source`` next to the output, so the code shown is
always the code that printed it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .shapes import LineShapes


@dataclass(frozen=True)
class ArrayInfo:
    """An array-like value a snippet left at top level."""

    name: str
    shape: tuple[int | None, ...]
    dtype: str


@dataclass(frozen=True)
class RunResult:
    """What one successful run produced; everything a page renders comes from here."""

    output: str
    arrays: tuple[ArrayInfo, ...] = ()
    duration: float = 0.0
    dropped_noise_lines: int = 0
    figures: tuple[str, ...] = field(default=())
    source: str = ""  # the snippet's text as it ran (UTF-8, undecodable bytes as surrogate escapes)
    key: str = ""  # the cache key of ``source`` and everything else the run depended on
    ran_at: str = ""  # ISO date (UTC) the run finished; shown in the "executed with" line
    shapes: tuple[LineShapes, ...] = ()  # arrays each line of the snippet made (hints in the code)

    def source_bytes(self) -> bytes:
        """The snippet's bytes exactly as they ran."""
        return self.source.encode("utf-8", "surrogateescape")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunResult:
        arrays = tuple(ArrayInfo(a["name"], tuple(a["shape"]), a["dtype"]) for a in data["arrays"])
        return cls(
            output=data["output"],
            arrays=arrays,
            duration=float(data["duration"]),
            dropped_noise_lines=int(data["dropped_noise_lines"]),
            figures=tuple(data.get("figures", ())),
            source=data.get("source", ""),
            key=data.get("key", ""),
            ran_at=str(data.get("ran_at", "")),
            shapes=tuple(LineShapes.from_dict(s) for s in data.get("shapes", ())),
        )


def decode_source(data: bytes) -> str:
    """Snippet bytes as text that encodes back to the very same bytes."""
    return data.decode("utf-8", "surrogateescape")


class SnippetFailed(Exception):
    """A snippet raised, hung or died. ``line`` is the snippet's line, when known."""

    def __init__(self, snippet: Path, reason: str, line: int | None, output: str = "", source: str = "") -> None:
        self.snippet, self.reason, self.line, self.output = snippet, reason, line, output
        self.source = source  # the text that ran, when the run got far enough to say
        where = f"{snippet}:{line}" if line else str(snippet)
        super().__init__(f"{where}: {reason}")


class SnippetsFailed(Exception):
    """Every snippet of one batch known to have failed, in snippet order; ``results``: the records of the others."""

    def __init__(self, failures: list[SnippetFailed], results: dict[Path, RunResult] | None = None) -> None:
        self.failures = sorted(failures, key=lambda f: str(f.snippet))
        self.results = results or {}
        super().__init__("\n".join(str(f) for f in self.failures))


class SnippetCancelled(Exception):
    """A run stopped because another snippet of the batch failed (not a failure of its own)."""
