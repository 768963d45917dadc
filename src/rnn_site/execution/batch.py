"""Get a result for every snippet of a build: from memory, from the cache, or by running it.

Only snippets whose key is in neither memory nor the cache run, in parallel,
each in its own process (so parallel and serial runs print the same). Nothing
here imports TensorFlow: a build where every key is known runs no snippet.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TypeAlias

from .cache import ResultCache, cache_key, library_versions
from .runner import RunResult

Log: TypeAlias = "logging.Logger | logging.LoggerAdapter[logging.Logger]"


def available_cpus() -> int:
    """CPU cores this process may use (its affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def collect_results(
    snippets: Iterable[Path],
    root: Path,
    *,
    memory: dict[str, RunResult],
    cache: ResultCache | None,
    run: Callable[[Path], RunResult],
    jobs: int = 0,
    log: Log = logging.getLogger("rnn_site.execution"),
    versions: dict[str, str] | None = None,
) -> dict[Path, RunResult]:
    """Return each snippet's result, running only those whose key is unknown.

    ``memory`` (key -> result) is read and filled, so a second build in the same
    process (the next language, the next ``mkdocs serve`` rebuild) reuses it.
    A corrupt cache entry is logged and run again. ``run`` raises
    ``SnippetFailed`` on a failing snippet; pending runs are then cancelled.
    ``jobs`` 0 means one worker per available CPU core.
    """
    def rel(path: Path) -> str:
        return path.relative_to(root).as_posix()

    versions = versions or library_versions()  # once per build, not per snippet
    results: dict[Path, RunResult] = {}
    todo: dict[Path, str] = {}
    from_disk = 0
    paths = sorted(set(snippets))
    for path in paths:
        key = cache_key(path, root, versions)
        if key in memory:
            results[path] = memory[key]
            continue
        if cache is not None:
            cached, problem = cache.get(key)
            if problem:
                log.warning(f"cache entry for {rel(path)} is corrupt ({problem}); running it again")
            if cached is not None:
                memory[key] = results[path] = cached
                from_disk += 1
                continue
        todo[path] = key
    if not todo:
        in_memory = len(paths) - from_disk
        log.info(f"none of {len(paths)} snippet(s) ran: {from_disk} read from the cache, {in_memory} already in memory")
        return results
    workers = max(1, min(len(todo), jobs or available_cpus()))
    log.info(f"running {len(todo)} snippet(s) on {workers} worker(s); {len(paths) - len(todo)} already known")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run, path): path for path in todo}
        pending = set(futures)
        finished = 0
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: futures[f]):
                if future.exception() is not None:
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise future.exception()  # type: ignore[misc]
                path, result = futures[future], future.result()
                finished += 1
                results[path] = result
                log.info(f"[{finished}/{len(todo)}] {rel(path)} ran in {result.duration:.1f}s")
                if result.dropped_noise_lines:  # shown with `mkdocs build -v`, to audit the noise filter
                    log.debug(f"{rel(path)}: dropped {result.dropped_noise_lines} TensorFlow start-up line(s)")
                _remember(path, todo[path], result, root, memory, cache, versions, log)
    return results


def _remember(
    path: Path,
    key: str,
    result: RunResult,
    root: Path,
    memory: dict[str, RunResult],
    cache: ResultCache | None,
    versions: dict[str, str] | None,
    log: Log,
) -> None:
    """Keep ``result`` under ``key``, unless the files it was keyed on changed while it ran."""
    if cache_key(path, root, versions) != key:
        log.warning(f"{path.relative_to(root).as_posix()} changed while it ran; its result is not cached")
        return
    memory[key] = result
    if cache is None:
        return
    try:
        cache.put(key, result)
    except OSError as exc:
        log.warning(f"could not write the cache entry for {path.relative_to(root).as_posix()}: {exc}")
