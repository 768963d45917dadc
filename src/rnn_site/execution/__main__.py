"""Command line: ``python -m rnn_site.execution {check,prune}``.

``check [SNIPPET ...]`` runs each snippet (and each of its ``# try:`` variants) twice, each
time in a fresh interpreter (never the fork server, whose children share one start-up), and
reports any whose output, arrays or figures differ between the runs: a page
must show the same thing on every build, so such a snippet needs a seed or a fix.

``prune [--cache-dir DIR]`` deletes every cache entry the last full build did
not use (each build records the keys it used in ``last-build.json``).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .cache import ResultCache
from .runner import RunResult, SnippetFailed, run_snippet
from .variants import plan_variants


def differences(first: RunResult, second: RunResult) -> list[str]:
    """Human-readable differences between two runs of one snippet (empty if identical)."""
    found: list[str] = []
    if first.output != second.output:
        diff = difflib.unified_diff(
            first.output.splitlines(), second.output.splitlines(), "run 1", "run 2", lineterm="", n=0
        )
        found.append("output differs:\n" + "\n".join(diff))
    if first.arrays != second.arrays:
        found.append(f"arrays differ: {first.arrays} vs {second.arrays}")
    if first.figures != second.figures:
        found.append("figures differ")
    return found


def with_variants(snippets: list[Path], folder: Path) -> dict[Path, str]:
    """Each snippet and each of its variants (written under ``folder``), with the name to print."""
    found: dict[Path, str] = {}
    for path in snippets:
        found[path] = str(path)
        plan = plan_variants(path, folder, str(path))
        if plan is not None:
            found.update({v.path: f"{path} [{v.key}]" for v in plan.variants[1:]})
    return found


def check(snippets: list[Path], timeout: float) -> int:
    """Run every snippet and variant twice; print what differs; return the number of unstable ones."""
    unstable = 0
    names = with_variants(snippets, Path(".cache") / "snippet-variants")
    with ThreadPoolExecutor() as pool:
        runs = {path: [pool.submit(run_snippet, path, timeout=timeout) for _ in range(2)] for path in names}
        for path, (one, two) in runs.items():
            try:
                problems = differences(one.result(), two.result())
            except SnippetFailed as exc:
                problems = [f"failed: {exc}"]
            if problems:
                unstable += 1
                print(f"{names[path]}: not reproducible", *problems, sep="\n  ")
            else:
                print(f"{names[path]}: same output on both runs")
    return unstable


def prune(directory: Path) -> int:
    """Delete the entries of the cache at ``directory`` that the last build did not use."""
    cache = ResultCache(directory)
    try:
        removed, freed = cache.prune()
    except FileNotFoundError as exc:
        print(f"nothing pruned: {exc}; build the site once first", file=sys.stderr)
        return 1
    print(
        f"{directory}: removed {removed} entries not used by the last build ({freed / 1e6:.1f} MB); {len(cache.entries())} kept"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rnn_site.execution")
    sub = parser.add_subparsers(dest="command", required=True)
    checker = sub.add_parser("check", help="run snippets twice and report output that differs")
    checker.add_argument("snippets", nargs="*", type=Path, help="default: every snippets/*.py")
    checker.add_argument("--timeout", type=float, default=120)
    pruner = sub.add_parser("prune", help="delete cache entries the last build did not use")
    default_dir = os.environ.get("SNIPPET_EXEC_CACHE_DIR") or ".cache/snippet-exec"
    pruner.add_argument("--cache-dir", type=Path, default=Path(default_dir), help=f"default: {default_dir}")
    args = parser.parse_args(argv)
    if args.command == "prune":
        return prune(args.cache_dir)
    snippets = args.snippets or sorted(Path("snippets").glob("*.py"))
    return 1 if check(snippets, args.timeout) else 0


if __name__ == "__main__":
    sys.exit(main())
