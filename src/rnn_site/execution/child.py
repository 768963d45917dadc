"""Run one snippet in this process and report what it produced.

``execute`` is the one place a snippet runs. Two callers:

- the spawn path: ``python -u -m rnn_site.execution.child SNIPPET RESULT TIMEOUT [MEMORY_MB]``,
  a fresh interpreter per snippet (``runner``);
- the fork server: a child forked from a process that has imported the heavy
  libraries already (``forkserver``).

The snippet runs as ``__main__`` with its own folder first on ``sys.path``,
exactly as ``python snippets/<name>.py`` would run it; its stdout and stderr
go to the caller's capture file untouched. What cannot travel that way (the
exact source that ran, arrays produced, figures drawn, the error and its line)
is written as JSON to RESULT, atomically (a reader sees all of it or none).
"""

from __future__ import annotations

import faulthandler
import json
import os
import resource
import sys
import time
import traceback
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rnn_site.execution.figures import capture_figures
from rnn_site.execution.shapes import run_traced


def describe_arrays(namespace: dict[str, Any]) -> list[dict[str, Any]]:
    """Name, shape and dtype of every array-like value the snippet left at top level."""
    arrays = []
    for name, value in namespace.items():
        if name.startswith("_") or isinstance(value, type):
            continue
        shape, dtype = getattr(value, "shape", None), getattr(value, "dtype", None)
        if shape is None or dtype is None or not hasattr(shape, "__len__"):
            continue
        try:
            dims = [None if d is None else int(d) for d in shape]
        except TypeError:
            continue
        arrays.append({"name": name, "shape": dims, "dtype": getattr(dtype, "name", str(dtype))})
    return arrays


def snippet_line(tb: traceback.StackSummary | list[traceback.FrameSummary], snippet: str) -> int | None:
    """The last line of the snippet itself in a traceback (the line that failed)."""
    lines = [frame.lineno for frame in tb if frame.filename == snippet]
    return lines[-1] if lines else None


def describe_error(exc: BaseException, snippet: str) -> dict[str, Any]:
    """Type, message, the snippet's failing line and a traceback trimmed to the snippet's frames."""
    frames = traceback.extract_tb(exc.__traceback__)
    line = snippet_line(frames, snippet)
    if isinstance(exc, SyntaxError) and exc.filename == snippet:
        line = exc.lineno
    shown = [f for f in frames if f.filename == snippet] or frames
    message = f"exit code {exc.code}" if isinstance(exc, SystemExit) else str(exc)
    return {
        "type": type(exc).__name__,
        "message": message,
        "line": line,
        "traceback": "".join(traceback.format_list(shown)) + "".join(traceback.format_exception_only(type(exc), exc)),
    }


def write_atomically(path: str, data: dict[str, Any]) -> None:
    """Write JSON so that ``path`` holds all of it or does not exist."""
    partial = f"{path}.partial"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.replace(partial, path)


def limit_memory(megabytes: float) -> None:
    """Cap this process's data memory (heap and private anonymous mappings, ``RLIMIT_DATA``) at ``megabytes``.

    Past it an allocation fails: Python and NumPy raise ``MemoryError`` at the snippet's line, and a
    library that cannot allocate may abort (``faulthandler`` then writes the line to ``.fatal``).
    ``RLIMIT_DATA``, not ``RLIMIT_AS``: TensorFlow reserves address space it never touches, while
    data is what a run really uses (a training snippet: about 370 MB, TensorFlow included).
    Linux counts every mapping since 4.7; elsewhere the limit may cover less (macOS: ``brk`` only).
    """
    if megabytes <= 0:
        return
    wanted = int(megabytes * 1024 * 1024)
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (wanted, wanted))


def execute(snippet: str, result_path: str, timeout: float, memory_limit_mb: float = 0) -> int:
    """Run ``snippet`` once in this process; write its result to ``result_path``; return the exit code."""
    snippet = str(Path(snippet).resolve())
    source = Path(snippet).read_bytes()  # read once: this is what runs and what the page shows
    # On a hang, dump every thread's stack (with the snippet's line) and exit.
    hang_report = open(result_path + ".hang", "w")
    faulthandler.dump_traceback_later(timeout, exit=True, file=hang_report)
    # On a crash (a library aborting when it cannot allocate, say), write where the snippet was.
    faulthandler.enable(file=open(result_path + ".fatal", "w"), all_threads=False)
    limit_memory(memory_limit_mb)
    sys.argv = [snippet]
    sys.path[0] = str(Path(snippet).parent)
    result: dict[str, Any] = {
        "arrays": [],
        "figures": [],
        "error": None,
        "shapes": [],
        "source": source.decode("utf-8", "surrogateescape"),
    }
    start = time.perf_counter()
    namespace: dict[str, Any] = {}
    try:
        namespace, shapes = run_traced(snippet, run_name="__main__", source=source)  # as __main__, + line shapes
        result["shapes"] = [asdict(line) for line in shapes]
        result["figures"] = capture_figures(Path(snippet).name)  # [] unless the snippet imported pyplot
    except SystemExit as exc:
        if exc.code not in (None, 0):  # sys.exit(0) is a normal end, as in a terminal
            result["error"] = describe_error(exc, snippet)
    except BaseException as exc:  # report everything else, KeyboardInterrupt included
        result["error"] = describe_error(exc, snippet)
    finally:
        faulthandler.cancel_dump_traceback_later()
    if result["error"] is None:
        result["arrays"] = describe_arrays(namespace)
    result["duration"] = time.perf_counter() - start
    sys.stdout.flush()
    sys.stderr.flush()
    write_atomically(result_path, result)
    return 0


if __name__ == "__main__":
    sys.exit(execute(sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else 0))
