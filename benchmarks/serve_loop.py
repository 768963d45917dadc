"""The authoring loop under ``mkdocs serve``: how long after saving a file the served page shows the change.

Used by ``build_benchmark.py --serve``. In a temporary copy of the project
(with a warm snippet cache), ``mkdocs serve`` runs on a free 127.0.0.1 port;
each round saves an edit to one snippet (a new ``print`` line) and then to
the page that embeds it (a new paragraph), and polls the served page until
the new text appears. The first snippet edit of a session is reported apart:
it is the one that starts the fork server.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

POLL = 0.05
LIMIT = 300.0


@dataclass
class ServeTimes:
    """Seconds from save to served page, per kind of edit."""

    isolation: str
    first_snippet_edit: float = 0.0
    snippet_edits: list[float] = field(default_factory=list)
    page_edits: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return statistics.median(self.snippet_edits) / statistics.median(self.page_edits)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _page_url(project: Path, port: int, page: str) -> str:
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r'site_url:.*?"https?://[^/"]+(?P<path>/[^"]*)"', config)
    base = match["path"] if match else "/"
    return f"http://127.0.0.1:{port}{base.rstrip('/')}/{'' if page == 'index' else page + '/'}"


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return ""


def _until_shown(url: str, text: str, started: float) -> float:
    while time.perf_counter() - started < LIMIT:
        if text in _fetch(url):
            return time.perf_counter() - started
        time.sleep(POLL)
    raise TimeoutError(f"{url} did not show {text!r} within {LIMIT:.0f}s")


def _append(path: Path, text: str) -> float:
    """Save ``text`` at the end of ``path``; return the moment it was saved."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)
    return time.perf_counter()


def serve_loop(project: Path, cache: Path, snippet: str, page: str, isolation: str, rounds: int) -> ServeTimes:
    """Time ``rounds`` snippet edits and page edits in ``mkdocs serve`` of ``project`` (edited in place)."""
    port = _free_port()
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SNIPPET_EXEC_CACHE_DIR": str(cache),
        "SNIPPET_EXEC_ISOLATION": isolation,
    }
    for variable in ("SNIPPET_EXEC", "SNIPPET_EXEC_CACHE"):
        env.pop(variable, None)
    log = open(project.parent / f"serve-{isolation}.log", "w")
    serve = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # a real Ctrl-C, even from a background job
    )
    url, times = _page_url(project, port, page), ServeTimes(isolation)
    snippet_path, page_path = project / "snippets" / snippet, project / "docs" / f"{page}.ko.md"
    try:
        _until_shown(url, "snippet-run", time.perf_counter())
        for round_ in range(rounds + 1):
            marker = f"benchmark {isolation} snippet edit {round_}"
            took = _until_shown(url, marker, _append(snippet_path, f"print({marker!r})\n"))
            if round_ == 0:
                times.first_snippet_edit = took
            else:
                times.snippet_edits.append(took)
            marker = f"benchmark {isolation} page edit {round_}"
            page_took = _until_shown(url, marker, _append(page_path, f"\n{marker}\n"))
            times.page_edits.append(page_took)
            first = " (starts the fork server)" if round_ == 0 and isolation == "fork" else ""
            print(f"  serve, {isolation}: snippet edit {took:.2f}s{first}, page edit {page_took:.2f}s", flush=True)
    finally:
        serve.send_signal(signal.SIGINT)
        try:
            serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait()
        log.close()
    return times
