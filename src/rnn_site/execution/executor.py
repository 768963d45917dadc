"""Choose how snippets run (fork server or fresh interpreters) and keep the fork server between builds.

The plugin keeps one ``Executor`` for its whole life, so under ``mkdocs serve``
the fork server started by the first build serves every rebuild. It starts
only when a snippet has to run (a build served from the cache starts nothing),
and preloads only the configured modules that the snippets about to run import
(directly or through repository files, or implied by them: ``IMPLIED``), so a
batch of snippets that never touch TensorFlow does not pay for importing it. It is restarted when what it
preloaded could be out of date: another preload list, other library versions,
environment or execution tooling (everything ``cache.key_context`` covers), or
a batch that imports a configured module the running server lacks.

``isolation``: ``fork`` (default; Linux and macOS) or ``spawn`` (a fresh
interpreter per snippet, as before the fork server; used wherever ``os.fork``
is missing). ``SNIPPET_EXEC_ISOLATION`` overrides the configured value.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path

from .dependencies import imported_packages
from .forkclient import ForkServer, Log
from .record import RunResult
from .runner import SpawnRunner, child_env

log = logging.getLogger("mkdocs.plugins.snippet-exec")  # shown by MkDocs as the plugin's own lines

ISOLATIONS = ("fork", "spawn")
DEFAULT_PRELOAD = ("numpy", "tensorflow", "keras", "matplotlib", "matplotlib.pyplot")
IMPLIED = {"tensorflow": {"keras", "numpy"}, "keras": {"tensorflow", "numpy"}}
"""Packages a package imports in ways no import line shows (``from tensorflow import keras`` loads Keras 3)."""


def fork_available() -> bool:
    return hasattr(os, "fork") and sys.platform.startswith(("linux", "darwin"))


def resolve_isolation(configured: str) -> str:
    """The isolation to use: the environment's, else the configured one; spawn where fork is missing."""
    chosen = (os.environ.get("SNIPPET_EXEC_ISOLATION") or configured).strip().lower()
    if chosen not in ISOLATIONS:
        raise ValueError(
            f"snippet isolation must be one of {', '.join(ISOLATIONS)}, not {chosen!r}"
            " (SNIPPET_EXEC_ISOLATION or `isolation` in mkdocs.yml)"
        )
    if chosen == "fork" and not fork_available():
        log.info("os.fork is not available on %s: every snippet runs in a fresh interpreter", sys.platform)
        return "spawn"
    return chosen


class _Slot:
    """A fork server that may still be starting (in a thread, so start-up overlaps other work)."""

    def __init__(self, preload: tuple[str, ...], start: Callable[[], ForkServer]) -> None:
        self.preload = preload
        self.future: Future[ForkServer] = Future()

        def starting() -> None:
            try:
                self.future.set_result(start())
            except BaseException as exc:  # ForkServerError: raised to the runs that wait for it
                self.future.set_exception(exc)

        threading.Thread(target=starting, name="fork-server-start", daemon=True).start()

    def server(self) -> ForkServer:
        return self.future.result()

    def usable(self) -> bool:
        """Starting, or started and alive (a failed or dead server is replaced)."""
        if not self.future.done():
            return True
        return self.future.exception() is None and self.future.result().alive

    def close(self) -> None:
        try:
            self.future.result().close()
        except Exception:
            pass


class Executor:
    """Runs snippets for the batch (``prepare``, ``run``, ``cancel``, ``begin``); ``close`` stops the fork server."""

    def __init__(self, log: Log = log) -> None:
        self.log = log
        self.isolation = "spawn"
        self.timeout = 120.0
        self.memory_limit_mb = 0.0
        self.cwd = Path.cwd()
        self.preload: tuple[str, ...] = DEFAULT_PRELOAD
        self._needed: tuple[str, ...] = DEFAULT_PRELOAD  # the part of ``preload`` this batch imports
        self._fingerprint: tuple = ()
        self._slot: _Slot | None = None
        self._spawn = SpawnRunner()
        self._lock = threading.Lock()

    def configure(
        self,
        *,
        isolation: str,
        preload: Sequence[str],
        timeout: float,
        cwd: Path,
        fingerprint: dict[str, str],
        memory_limit_mb: float = 0,
    ) -> None:
        """Settings for the next batch. A server started under other settings is stopped now."""
        self.isolation, self.timeout, self.cwd, self.preload = isolation, float(timeout), cwd, tuple(preload)
        self.memory_limit_mb = float(memory_limit_mb)
        self._spawn = SpawnRunner(timeout=self.timeout, cwd=cwd, memory_limit_mb=self.memory_limit_mb)
        wanted = (
            isolation,
            self.preload,
            self.timeout,
            self.memory_limit_mb,
            str(cwd),
            tuple(sorted(fingerprint.items())),
        )
        with self._lock:
            if self._slot is not None and (wanted != self._fingerprint or not self._slot.usable()):
                self.log.info("stopping the fork server: its libraries, settings or tooling changed")
                self._stop()
            self._fingerprint = wanted

    def _stop(self) -> None:
        slot, self._slot = self._slot, None
        if slot is not None:
            slot.close()

    def prepare(self, snippets: Sequence[Path], *, start: bool = False) -> None:
        """Before a batch: preload what ``snippets`` import (a server that lacks some is replaced).

        ``start`` starts the server now, in the background, instead of at the first run.
        """
        imported = set().union(*(imported_packages(path, self.cwd) for path in snippets)) if snippets else set()
        for name in list(imported):
            imported |= IMPLIED.get(name, set())
        with self._lock:
            had = set(self._slot.preload) if self._slot is not None else set()
            # what the server had stays: editing snippets with other imports must not restart it each time
            self._needed = tuple(name for name in self.preload if name.split(".")[0] in imported or name in had)
            if self._slot is not None and not set(self._needed) <= had:
                self.log.info("restarting the fork server to preload %s", ", ".join(self._needed))
                self._stop()
            if start and self.isolation == "fork":
                self._ensure_slot()

    def _ensure_slot(self) -> _Slot:
        if self._slot is None or not self._slot.usable():
            needed, cwd, timeout, memory = self._needed, self.cwd, self.timeout, self.memory_limit_mb
            self._slot = _Slot(
                needed,
                lambda: ForkServer(
                    needed, cwd=cwd, env=child_env(), timeout=timeout, memory_limit_mb=memory, log=self.log
                ),
            )
        return self._slot

    def begin(self) -> None:
        self._spawn.begin()
        with self._lock:
            slot = self._slot
        if slot is not None and slot.future.done() and slot.future.exception() is None:
            slot.server().begin()

    def run(self, snippet: Path) -> RunResult:
        if self.isolation == "spawn":
            return self._spawn.run(snippet)
        with self._lock:  # the first runs of a batch arrive together; one server serves them all
            slot = self._ensure_slot()
        server = slot.server()  # waits while it starts; raises ForkServerError if it could not
        return server.run(snippet)

    def cancel(self) -> None:
        self._spawn.cancel()
        with self._lock:
            slot = self._slot
        if slot is not None and slot.future.done() and slot.future.exception() is None:
            slot.server().cancel()

    def close(self) -> None:
        self._spawn.close()
        with self._lock:
            self._stop()
