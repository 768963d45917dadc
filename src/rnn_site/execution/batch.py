"""Get a record for every snippet of a build: from memory, from the cache, or by running it.

Only snippets whose key is in neither memory nor the cache run, in parallel
(one run per core), each in a fresh process of its own (so parallel and serial
runs print the same). Nothing here imports TensorFlow: a build where every key
is known runs no snippet.

Each record names the exact source that ran and its key. If a snippet (or a
repository file it imports) is saved while it runs, the record would not match
its key, so it runs again; if it keeps changing, the build fails saying so.
When a snippet fails, the runs in flight are stopped at once and every failure
known by then is reported together.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import replace
from pathlib import Path
from typing import TypeAlias

from .cache import ResultCache, cache_key, key_context
from .record import RunResult, SnippetCancelled, SnippetFailed, SnippetsFailed

Log: TypeAlias = "logging.Logger | logging.LoggerAdapter[logging.Logger]"

ATTEMPTS = 3
"""Runs of a snippet that keeps being saved while it runs before the build gives up."""


_LOG = logging.getLogger("mkdocs.plugins.snippet-exec")  # shown by MkDocs as the plugin's own lines


def available_cpus() -> int:
    """CPU cores this process may use (its affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def likely_to_run(
    root: Path,
    snippets_dir: Path,
    *,
    cache: ResultCache | None,
    memory: dict[str, RunResult],
    context: dict[str, str],
    embedded: Callable[[], list[Path]] = list,
) -> list[Path]:
    """A guess, made before MkDocs has read any page, of the snippets this build will run.

    The snippets the last build showed (if no build recorded them: ``embedded()``,
    e.g. ``embeds.embedded_in``: those the pages embed) whose key is in neither memory nor the
    cache. Used only to start the fork server early; the batch decides what
    really runs.
    """
    listed = cache.last_build_snippets() if cache is not None else None
    if listed is not None:
        paths = [root / rel for rel in listed]
    else:
        paths = embedded()
    unknown = []
    for path in paths:
        try:
            key = cache_key(path, root, context)
        except (OSError, ValueError):
            continue  # gone, or outside the repository: the batch will say so
        if key not in memory and not (cache is not None and cache.has(key)):
            unknown.append(path)
    return unknown


_TRAINING = re.compile(r"\.fit\(|train_on_batch\(|GradientTape|\brange\(")


def heaviest_first(paths: Iterable[Path]) -> list[Path]:
    """``paths`` with the snippets that look longest (training loops, by a count of their calls) first.

    Workers take snippets in this order, so the few long runs start at once and
    the short ones fill in around them, instead of a long run starting last
    while every other worker is idle.
    """

    def work(path: Path) -> int:
        try:
            return len(_TRAINING.findall(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            return 0

    return sorted(paths, key=work, reverse=True)


def run_consistent(
    path: Path, root: Path, key: str, run: Callable[[Path], RunResult], context: dict[str, str]
) -> RunResult:
    """Run ``path`` until a run's source and imports still match its key afterwards; the record carries the key."""
    for _ in range(ATTEMPTS):
        result = run(path)
        after = cache_key(path, root, context, source=result.source_bytes())
        if after == key and path.read_bytes() == result.source_bytes():
            return replace(result, key=key)
        key = cache_key(path, root, context)  # it changed while it ran: run what is there now
    rel = path.relative_to(root).as_posix()
    raise SnippetFailed(
        path, f"{rel} (or a file it imports) changed during each of {ATTEMPTS} runs; save it and build again", None
    )


def collect_results(
    snippets: Iterable[Path],
    root: Path,
    *,
    memory: dict[str, RunResult],
    cache: ResultCache | None,
    run: Callable[[Path], RunResult],
    cancel: Callable[[], None] = lambda: None,
    prepare: Callable[[list[Path]], None] = lambda paths: None,
    jobs: int = 0,
    log: Log = _LOG,
    context: dict[str, str] | None = None,
    keep_going: bool = False,
    label: Callable[[Path], str] | None = None,
) -> dict[Path, RunResult]:
    """Return each snippet's record, running only those whose key is unknown.

    ``memory`` (key -> record) is read and filled, so a second build in the same
    process (the next language, the next ``mkdocs serve`` rebuild) reuses it.
    A corrupt cache entry is logged and run again. ``run`` raises
    ``SnippetFailed`` on a failing snippet; ``cancel`` then stops every run in
    flight (they raise ``SnippetCancelled``), and ``SnippetsFailed`` lists every
    failure. With ``keep_going`` (``mkdocs serve``) a failure stops nothing: every
    snippet runs, and ``SnippetsFailed.results`` holds the records of those that
    did not fail. ``prepare`` is told which snippets are about to run, once, before
    the first. ``jobs`` 0 means one worker per available CPU core. ``label`` names a snippet in
    the log (default: its path in the repository; a variant's says which snippet and values).
    """

    def rel(path: Path) -> str:
        return label(path) if label is not None else path.relative_to(root).as_posix()

    context = context or key_context()  # once per build, not per snippet
    results: dict[Path, RunResult] = {}
    todo: dict[Path, str] = {}
    from_disk = 0
    paths = sorted(set(snippets))
    for path in paths:
        key = cache_key(path, root, context)
        if key in memory:
            results[path] = memory[key]
            continue
        if cache is not None:
            cached, problem = cache.get(key)
            if problem:
                log.warning("cache entry for %s is corrupt (%s); running it again", rel(path), problem)
            if cached is not None:
                memory[key] = results[path] = replace(cached, key=key)
                from_disk += 1
                continue
        todo[path] = key
    if not todo:
        log.info(
            "none of %d snippet(s) ran: %d read from the cache, %d already in memory",
            len(paths),
            from_disk,
            len(paths) - from_disk,
        )
        return results
    workers = max(1, min(len(todo), jobs or available_cpus()))
    log.info("running %d snippet(s) on %d worker(s); %d already known", len(todo), workers, len(paths) - len(todo))
    prepare(list(todo))
    failures: list[SnippetFailed] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(run_consistent, path, root, todo[path], run, context): path for path in heaviest_first(todo)
        }
        pending: set[Future] = set(futures)
        finished = 0
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: futures[f]):
                if future.cancelled():
                    continue
                path, error = futures[future], future.exception()
                if isinstance(error, SnippetCancelled):
                    continue
                if error is not None:
                    if not failures and not keep_going:  # the first failure: stop everything still running or queued
                        for queued in pending:
                            queued.cancel()
                        cancel()
                    if not isinstance(error, SnippetFailed):
                        raise error
                    failures.append(error)
                    continue
                result = future.result()
                finished += 1
                results[path] = memory[result.key] = result
                log.info("[%d/%d] %s ran in %.1fs", finished, len(todo), rel(path), result.duration)
                if result.dropped_noise_lines:  # shown with `mkdocs build -v`, to audit the noise filter
                    log.debug("%s: dropped %d TensorFlow start-up line(s)", rel(path), result.dropped_noise_lines)
                _store(cache, result, rel(path), log)
    if failures:
        raise SnippetsFailed(failures, results)
    return results


def _store(cache: ResultCache | None, result: RunResult, rel: str, log: Log) -> None:
    if cache is None:
        return
    try:
        cache.put(result.key, result)
    except OSError as exc:
        log.warning("could not write the cache entry for %s: %s", rel, exc)
