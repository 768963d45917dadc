"""How much slower a snippet runs with its line shapes recorded.

    .venv/bin/python benchmarks/shape_overhead.py [--rounds 5] [snippet.py ...]

Models the fork server: this process imports NumPy, TensorFlow, Keras and
matplotlib once, then forks one child per (snippet, mode), round-robin so
machine load hits every mode alike. Each child runs the snippet with stdout
to /dev/null; its CPU time (user + system, all threads, from ``wait4``) is
the measure, as it is less sensitive to other load than wall time. Modes:

- ``plain``: ``runpy.run_path`` (what the build did before hints);
- ``probes``: ``shapes.run_traced`` (what the build does now);
- ``settrace``: ``runpy.run_path`` under a ``sys.settrace`` function that
  returns None for every frame but the snippet's (the approach not taken).

Prints per-snippet medians and the total, each mode relative to ``plain``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MODES = ("plain", "probes", "settrace")


def run_mode(mode: str, path: str) -> None:
    """In the child: run the snippet once in ``mode``."""
    import runpy

    from rnn_site.execution.shapes import run_traced

    sys.path[0] = str(Path(path).parent)
    sys.argv = [path]
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    if mode == "probes":
        run_traced(path)
        return
    if mode == "settrace":

        def local(frame, event, arg):
            return local

        def tracer(frame, event, arg):
            return local if frame.f_code.co_filename == path and frame.f_code.co_name == "<module>" else None

        sys.settrace(tracer)
    runpy.run_path(path, run_name="__main__")
    sys.settrace(None)


def cpu_of_child(mode: str, path: str) -> float:
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            run_mode(mode, path)
        except BaseException:
            code = 1
        os._exit(code)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{path} failed in mode {mode}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("snippets", nargs="*", help="default: every snippet")
    args = parser.parse_args()
    paths = [str((REPO / "snippets" / s).resolve()) for s in args.snippets] or sorted(
        str(p) for p in (REPO / "snippets").glob("*.py")
    )
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("MPLBACKEND", "Agg")
    import keras  # noqa: F401 - imported once, before forking, as the fork server does
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401
    import tensorflow  # noqa: F401

    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for path in paths:
            for mode in MODES:
                times.setdefault((path, mode), []).append(cpu_of_child(mode, path))
    print(f"{'snippet':42} " + " ".join(f"{m:>9}" for m in MODES) + "   (median CPU s)")
    totals = dict.fromkeys(MODES, 0.0)
    for path in paths:
        medians = {m: statistics.median(times[(path, m)]) for m in MODES}
        for m in MODES:
            totals[m] += medians[m]
        print(f"{Path(path).name:42} " + " ".join(f"{medians[m]:9.3f}" for m in MODES))
    print(f"{'total':42} " + " ".join(f"{totals[m]:9.3f}" for m in MODES))
    print("relative to plain: " + ", ".join(f"{m} {totals[m] / totals['plain'] - 1:+.1%}" for m in MODES[1:]))


if __name__ == "__main__":
    main()
