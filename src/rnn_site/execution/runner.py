"""Execute one snippet in a fresh interpreter and collect its result.

A fresh process per snippet means a fresh Keras session (layer-name counters,
seeds, graphs), so a snippet's output never depends on what ran before it,
and a hang can be stopped without taking the build down with it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .noise import strip_startup_noise
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
    ran_at: str = ""  # ISO date (UTC) the run finished; "" for results stored before it was recorded
    shapes: tuple[LineShapes, ...] = ()  # arrays each line of the snippet made (hints in the code)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RunResult":
        arrays = tuple(ArrayInfo(a["name"], tuple(a["shape"]), a["dtype"]) for a in data["arrays"])
        return cls(
            output=data["output"],
            arrays=arrays,
            duration=float(data["duration"]),
            dropped_noise_lines=int(data["dropped_noise_lines"]),
            figures=tuple(data.get("figures", ())),
            ran_at=str(data.get("ran_at", "")),
            shapes=tuple(LineShapes.from_dict(s) for s in data.get("shapes", ())),
        )


class SnippetFailed(Exception):
    """A snippet raised, hung or died. ``line`` is the snippet's line, when known."""

    def __init__(self, snippet: Path, reason: str, line: int | None, output: str = "") -> None:
        self.snippet, self.reason, self.line, self.output = snippet, reason, line, output
        where = f"{snippet}:{line}" if line else str(snippet)
        super().__init__(f"{where}: {reason}")


_HANG_LINE = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+)')


def _hang_line(report: str, snippet: Path) -> int | None:
    """The snippet's innermost line in a faulthandler dump of the main thread."""
    main_thread = report.split("\n\n")[-1] if "Current thread" not in report else report.split("Current thread")[1]
    lines = [int(m["line"]) for m in _HANG_LINE.finditer(main_thread) if Path(m["file"]) == snippet]
    return lines[0] if lines else None  # faulthandler prints innermost frame first


def child_env() -> dict[str, str]:
    """The environment a snippet runs in: the caller's, unbuffered so output keeps its order."""
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    env.setdefault("MPLBACKEND", "Agg")
    return env


def run_snippet(snippet: Path, *, timeout: float = 120.0, cwd: Path | None = None) -> RunResult:
    """Run ``snippet`` as ``python <snippet>`` would, capturing output and arrays.

    Raises ``SnippetFailed`` if it raises, exits non-zero or runs past ``timeout`` seconds.
    """
    snippet = snippet.resolve()
    with tempfile.TemporaryDirectory(prefix="snippet-exec-") as tmp:
        result_path = Path(tmp) / "result.json"
        command = [sys.executable, "-u", "-m", "rnn_site.execution.child", str(snippet), str(result_path), str(timeout)]
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                command,
                cwd=cwd or snippet.parent,
                env=child_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                timeout=timeout + 30,  # backstop; the child stops itself at ``timeout``
            )
        except subprocess.TimeoutExpired as exc:
            raise SnippetFailed(snippet, f"killed after {timeout + 30:.0f}s", None) from exc
        elapsed = time.perf_counter() - start
        output, dropped = strip_startup_noise(proc.stdout.decode("utf-8", errors="replace"))
        hang = Path(str(result_path) + ".hang")
        hang_report = hang.read_text(encoding="utf-8", errors="replace") if hang.exists() else ""
        if not result_path.exists():
            if hang_report.strip():
                line = _hang_line(hang_report, snippet)
                raise SnippetFailed(snippet, f"still running after the {timeout:g}s time limit", line, output)
            raise SnippetFailed(snippet, f"interpreter exited with code {proc.returncode} before finishing", None, output)
        data = json.loads(result_path.read_text(encoding="utf-8"))
    error = data["error"]
    if error:
        raise SnippetFailed(snippet, f"raised {error['type']}: {error['message']}\n{error['traceback']}", error["line"], output)
    arrays = tuple(ArrayInfo(a["name"], tuple(a["shape"]), a["dtype"]) for a in data["arrays"])
    figures = tuple(data.get("figures", ()))
    ran_at = datetime.now(timezone.utc).date().isoformat()
    shapes = tuple(LineShapes.from_dict(s) for s in data.get("shapes", ()))
    return RunResult(
        output=output,
        arrays=arrays,
        duration=elapsed,
        dropped_noise_lines=dropped,
        figures=figures,
        ran_at=ran_at,
        shapes=shapes,
    )
