"""Execute one snippet in a fresh interpreter (the spawn path), and read what any run left behind.

A fresh process per snippet means a fresh Keras session (layer-name counters,
seeds, graphs), so a snippet's output never depends on what ran before it,
and a hang can be stopped without taking the build down with it. The fork
server (``forkserver``) gives each snippet the same fresh start more cheaply;
both paths hand their run to ``read_run`` here, so they fail alike.

Every run gets its own process group, and its output goes to a file, not a
pipe: the build waits for the snippet's own process to end (not for every
holder of its stdout to close it), then kills whatever the snippet left
running in its group.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from .noise import strip_startup_noise
from .record import ArrayInfo, RunResult, SnippetCancelled, SnippetFailed, SnippetsFailed
from .shapes import LineShapes

__all__ = [
    "ArrayInfo",
    "RunResult",
    "SnippetCancelled",
    "SnippetFailed",
    "SnippetsFailed",
    "SpawnRunner",
    "child_env",
    "kill_group",
    "read_run",
    "run_snippet",
]

BACKSTOP = 30.0
"""Seconds past the time limit before a run that did not stop itself is killed from outside."""

MEMORY_ERRORS = frozenset({"MemoryError", "_ArrayMemoryError", "ResourceExhaustedError"})
"""What Python, NumPy and TensorFlow raise when an allocation fails."""

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


def kill_group(pid: int) -> None:
    """Kill every process left in the process group ``pid`` leads (nothing if it is empty)."""
    if hasattr(os, "killpg"):
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def read_run(
    snippet: Path, workdir: Path, exit_code: int | None, timeout: float, elapsed: float, memory_limit_mb: float = 0
) -> RunResult:
    """The result of a finished run from the files it left in ``workdir`` (``output``, ``result.json``).

    ``exit_code`` is None when the run was killed from outside at the backstop.
    Raises ``SnippetFailed`` for every way a run can go wrong, naming the snippet.
    """
    limit = f"memory_limit_mb: {memory_limit_mb:g} in mkdocs.yml" if memory_limit_mb > 0 else ""
    output_file, result_file = workdir / "output", workdir / "result.json"
    raw = output_file.read_bytes() if output_file.exists() else b""
    output, dropped = strip_startup_noise(raw.decode("utf-8", errors="replace"))
    hang = Path(f"{result_file}.hang")
    hang_report = hang.read_text(encoding="utf-8", errors="replace") if hang.exists() else ""
    if not result_file.exists():
        if hang_report.strip() or exit_code is None:
            line = _hang_line(hang_report, snippet)
            raise SnippetFailed(snippet, f"still running after the {timeout:g}s time limit", line, output)
        how = f"was killed by signal {-exit_code}" if exit_code < 0 else f"exited with code {exit_code}"
        fatal = Path(f"{result_file}.fatal")
        crash = fatal.read_text(encoding="utf-8", errors="replace") if fatal.exists() else ""
        hint = f" (it may have run past its memory limit, {limit})" if limit and crash.strip() else ""
        raise SnippetFailed(snippet, f"its process {how} before finishing{hint}", _hang_line(crash, snippet), output)
    try:
        data = json.loads(result_file.read_text(encoding="utf-8"))
        error, source = data["error"], data["source"]
        arrays = tuple(ArrayInfo(a["name"], tuple(a["shape"]), a["dtype"]) for a in data["arrays"])
        figures = tuple(data.get("figures", ()))
        shapes = tuple(LineShapes.from_dict(s) for s in data.get("shapes", ()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SnippetFailed(
            snippet, f"its result file is unreadable ({type(exc).__name__}: {exc})", None, output
        ) from None
    if error and error["type"] in MEMORY_ERRORS and limit:
        raise SnippetFailed(
            snippet,
            f"ran out of memory: {error['type']}: {error['message']} (past its limit, {limit})\n{error['traceback']}",
            error["line"],
            output,
            source,
        )
    if error:
        raise SnippetFailed(
            snippet, f"raised {error['type']}: {error['message']}\n{error['traceback']}", error["line"], output, source
        )
    return RunResult(
        output=output,
        arrays=arrays,
        duration=elapsed,
        dropped_noise_lines=dropped,
        figures=figures,
        source=source,
        ran_at=datetime.now(timezone.utc).date().isoformat(),
        shapes=shapes,
    )


class SpawnRunner:
    """Runs each snippet in a fresh interpreter; ``cancel`` kills every run in flight."""

    def __init__(self, *, timeout: float = 120.0, cwd: Path | None = None, memory_limit_mb: float = 0) -> None:
        self.timeout, self.cwd, self.memory_limit_mb = timeout, cwd, memory_limit_mb
        self._live: set[subprocess.Popen] = set()
        self._lock = threading.Lock()
        self._cancelled = False

    def begin(self) -> None:
        """Start a new batch: runs are allowed again after a ``cancel``."""
        self._cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            for proc in self._live:
                kill_group(proc.pid)

    def close(self) -> None:
        self.cancel()

    def run(self, snippet: Path) -> RunResult:
        """Run ``snippet`` as ``python <snippet>`` would; raise ``SnippetFailed`` if it fails."""
        snippet = snippet.resolve()
        with tempfile.TemporaryDirectory(prefix="snippet-exec-") as tmp:
            workdir = Path(tmp)
            command = [
                sys.executable,
                "-u",
                "-m",
                "rnn_site.execution.child",
                str(snippet),
                str(workdir / "result.json"),
                str(self.timeout),
                str(self.memory_limit_mb),
            ]
            start = time.perf_counter()
            with open(workdir / "output", "wb") as output, self._lock:
                if self._cancelled:
                    raise SnippetCancelled(snippet)
                proc = subprocess.Popen(
                    command,
                    cwd=self.cwd or snippet.parent,
                    env=child_env(),
                    stdin=subprocess.DEVNULL,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    start_new_session=hasattr(os, "setsid"),
                )
                self._live.add(proc)
            try:
                exit_code: int | None = proc.wait(timeout=self.timeout + BACKSTOP)
            except subprocess.TimeoutExpired:
                exit_code = None  # the child's own time limit did not stop it
            finally:
                kill_group(proc.pid)  # the snippet's leftovers (its own process is done or hung)
                proc.wait()
                with self._lock:
                    self._live.discard(proc)
            if self._cancelled:
                raise SnippetCancelled(snippet)
            return read_run(
                snippet, workdir, exit_code, self.timeout, time.perf_counter() - start, self.memory_limit_mb
            )


def run_snippet(
    snippet: Path, *, timeout: float = 120.0, cwd: Path | None = None, memory_limit_mb: float = 0
) -> RunResult:
    """Run ``snippet`` in a fresh interpreter as ``python <snippet>`` would, capturing output and arrays.

    Raises ``SnippetFailed`` if it raises, exits non-zero, runs past ``timeout`` seconds or past
    ``memory_limit_mb`` of data memory (0: no limit).
    """
    return SpawnRunner(timeout=timeout, cwd=cwd, memory_limit_mb=memory_limit_mb).run(snippet)
