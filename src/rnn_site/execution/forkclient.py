"""The build's side of the fork server: start it, send it snippets, read their runs.

``ForkServer.run`` is thread-safe (the batch calls it from one thread per
core) and blocks until that snippet's child has ended; the run is then read
by ``runner.read_run`` exactly like a fresh interpreter's. The server lives
in its own session, so Ctrl-C in a terminal reaches only the build, which
closes the socket on its way out; if the build dies instead, the server sees
the socket close all the same and exits, killing its children.
"""

from __future__ import annotations

import itertools
import json
import logging
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TypeAlias

from .record import RunResult, SnippetCancelled, SnippetFailed
from .runner import BACKSTOP, read_run

Log: TypeAlias = "logging.Logger | logging.LoggerAdapter[logging.Logger]"
log = logging.getLogger("mkdocs.plugins.snippet-exec")  # shown by MkDocs as the plugin's own lines


class ForkServerError(RuntimeError):
    """The fork server could not start, or stopped answering."""


class ForkServer:
    """One running fork server and the runs it has in flight."""

    def __init__(
        self,
        preload: Sequence[str],
        *,
        cwd: Path,
        env: dict[str, str],
        timeout: float,
        memory_limit_mb: float = 0,
        start_timeout: float = 600,
        log: Log = log,
    ) -> None:
        self.preload, self.timeout, self.cwd = tuple(preload), timeout, cwd
        self.memory_limit_mb = memory_limit_mb
        ours, theirs = socket.socketpair()
        self._log = tempfile.TemporaryFile()  # the server's own output (import-time chatter), shown if it fails
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-u", "-m", "rnn_site.execution.forkserver", str(theirs.fileno()), *self.preload],
            pass_fds=[theirs.fileno()],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        theirs.close()
        self._sock = ours
        self._pending: dict[int, Future] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._cancelled = False
        self._closed = False
        ours.settimeout(start_timeout)
        self._reader = ours.makefile("rb")
        try:
            hello = json.loads(self._reader.readline() or b"{}")
        except (OSError, ValueError) as exc:
            hello = {"error": f"no answer ({type(exc).__name__})"}
        if not hello.get("ready"):
            self._log.seek(0)
            tail = self._log.read().decode(errors="replace").strip().splitlines()[-15:]
            self.close()
            reason = hello.get("error") or "it exited during start-up"
            raise ForkServerError(f"the fork server did not start: {reason}" + ("\n" + "\n".join(tail) if tail else ""))
        ours.settimeout(None)
        log.info(
            "fork server ready in %.1fs (pid %s, preloaded %s)",
            time.perf_counter() - started,
            hello["pid"],
            ", ".join(self.preload) or "nothing",
        )
        threading.Thread(target=self._read_replies, name="fork-server-replies", daemon=True).start()

    @property
    def alive(self) -> bool:
        return not self._closed and self.proc.poll() is None

    def _send(self, message: dict) -> None:
        with self._lock:
            self._sock.sendall(json.dumps(message).encode() + b"\n")

    def _read_replies(self) -> None:
        try:
            for line in self._reader:
                reply = json.loads(line)
                with self._lock:
                    future = self._pending.pop(reply["id"], None)
                if future is not None:
                    future.set_result(reply)
        except (OSError, ValueError):
            pass
        with self._lock:
            orphans, self._pending = list(self._pending.values()), {}
        for future in orphans:
            future.set_exception(ForkServerError("the fork server stopped before the snippet finished"))

    def begin(self) -> None:
        """Start a new batch: runs are allowed again after a ``cancel``."""
        self._cancelled = False

    def cancel(self) -> None:
        """Kill every child in flight (their runs raise ``SnippetCancelled``); refuse new runs."""
        self._cancelled = True
        try:
            self._send({"op": "cancel"})
        except OSError:
            pass

    def run(self, snippet: Path, timeout: float | None = None) -> RunResult:
        """Run ``snippet`` in a fresh child of the server; raise ``SnippetFailed`` if it fails."""
        snippet, timeout = snippet.resolve(), timeout or self.timeout
        with tempfile.TemporaryDirectory(prefix="snippet-exec-") as tmp:
            if self._cancelled:
                raise SnippetCancelled(snippet)
            future: Future = Future()
            with self._lock:
                number = next(self._ids)
                self._pending[number] = future
            start = time.perf_counter()
            message = {
                "op": "run",
                "id": number,
                "snippet": str(snippet),
                "workdir": tmp,
                "timeout": timeout,
                "cwd": str(self.cwd),
                "memory_limit_mb": self.memory_limit_mb,
            }
            try:
                self._send(message)
                reply = future.result(timeout=timeout + 2 * BACKSTOP)
            except (OSError, TimeoutError, ForkServerError) as exc:
                raise SnippetFailed(snippet, f"the fork server failed ({exc or type(exc).__name__})", None) from None
            if self._cancelled:
                raise SnippetCancelled(snippet)
            return read_run(
                snippet, Path(tmp), reply["exit"], timeout, time.perf_counter() - start, self.memory_limit_mb
            )

    def close(self) -> None:
        """Stop the server (it kills any child still running) and wait for it."""
        if self._closed:
            return
        self._closed = True
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()
