"""Real builds of small project copies: fork and spawn give the same pages, and the runner's hardening holds.

Copies keep only the home pages plus what a case embeds. Where a case needs
no TensorFlow, its fork server preloads nothing (``preload: []``), so it costs
a plain MkDocs build.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from rnn_site.execution.embeds import find_embeds
from tests.conftest import DOCS, REPO, build_site, copy_project, page_path

SERVER_READY = re.compile(r"fork server ready in [\d.]+s \(pid (\d+)")
# the code block's id, alone and in its line anchors: ``id="snippet-5"``, ``#__codelineno-snippet-5-12``
CODE_ID = re.compile(r"(\"|__codelineno-)snippet-\d+(?=[\"-])")


def small_project(
    target: Path, snippets: dict[str, str], *, preload: list[str] | None = None, options: str = ""
) -> Path:
    """A copy of the site with only its home pages, each embedding ``snippets``.

    ``snippets`` maps a file name to its code ("" keeps the repository's file).
    """
    project = copy_project(target)
    for page in (project / "docs").rglob("*.md"):
        if not page.name.startswith("index."):
            page.unlink()
    for name, code in snippets.items():
        if code:
            (project / "snippets" / name).write_text(code, encoding="utf-8")
    embeds = "".join(f'\n{{{{ run("{name}") }}}}\n' for name in snippets)
    for lang in ("ko", "en"):
        index = project / "docs" / f"index.{lang}.md"
        index.write_text(index.read_text(encoding="utf-8") + embeds, encoding="utf-8")
    settings = options + ("" if preload is None else f"      preload: [{', '.join(preload)}]\n")
    config = project / "mkdocs.yml"
    text, count = re.subn(
        r"^  - snippet-exec:\n", lambda m: m[0] + settings, config.read_text(encoding="utf-8"), flags=re.M
    )
    assert count == 1, "cannot find the snippet-exec entry in mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return project


def gone(pid: int) -> bool:
    try:
        return "\nState:\tZ" in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True


def wait_gone(pid: int, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return gone(pid)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def snippet_blocks(html: str) -> dict[str, str]:
    """Each snippet's block by name, its code block's id renumbered (``snippet-<n>`` counts embeds up the page)."""
    blocks = BeautifulSoup(html, "html.parser").select("div.snippet-run")
    return {str(block["data-snippet"]): CODE_ID.sub(r"\1snippet-N", str(block)) for block in blocks}


def chosen_snippets() -> list[str]:
    """One of the site's snippets that draws a figure (if any) and one that does not: code, output, arrays, figure.

    Two, not all: each costs a fresh TensorFlow import on the spawn path. The
    benchmark compares the whole site's HTML, fork against spawn.
    """
    embedded = sorted({e.name for page in DOCS.glob("*.md") for e in find_embeds(page.read_text(encoding="utf-8"))})
    drawing = [name for name in embedded if "matplotlib" in (REPO / "snippets" / name).read_text(encoding="utf-8")]
    plain = [name for name in embedded if name not in drawing]
    return sorted(plain[:1] + drawing[:1])


def test_fork_and_spawn_render_the_same_snippet_blocks(built_site, tmp_path):
    """The site's own build (fork server) and a spawn build show each snippet byte for byte alike."""
    names = chosen_snippets()
    project = small_project(tmp_path / "project", dict.fromkeys(names, ""))
    spawn = build_site(project, tmp_path / "site", tmp_path / "cache", SNIPPET_EXEC_ISOLATION="spawn")
    assert spawn.returncode == 0, spawn.log
    assert "fork server ready" not in spawn.log and "fork server ready" in built_site.log
    site_blocks: dict[str, str] = {}
    for page in built_site.site.rglob("index.html"):
        if "/en/" not in page.as_posix() and page.parent.name != "print":  # the print page renames ids
            site_blocks.update(snippet_blocks(page.read_text(encoding="utf-8")))
    spawned = snippet_blocks(page_path(spawn.site, "index", "ko").read_text(encoding="utf-8"))
    assert sorted(spawned) == names
    for name in names:
        assert spawned[name] == site_blocks[name], f"{name}: spawn and fork pages differ"


def test_a_leftover_background_process_does_not_stall_the_build_and_is_killed(tmp_path):
    code = "import subprocess\nchild = subprocess.Popen(['sleep', '300'])\nprint('left running:', child.pid)\n"
    project = small_project(tmp_path / "project", {"leaves_a_sleeper.py": code}, preload=[])
    start = time.monotonic()
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    assert build.returncode == 0, build.log
    assert time.monotonic() - start < 100, "the build waited for the snippet's background process"
    html = page_path(build.site, "index", "ko").read_text(encoding="utf-8")
    pid = int(re.search(r"left running: (\d+)", html)[1])
    assert wait_gone(pid), "the snippet's background process survived the build"
    server = int(SERVER_READY.search(build.log)[1])
    assert wait_gone(server), "the fork server survived the build"


def test_one_failure_stops_the_build_promptly_naming_its_line(tmp_path):
    """A snippet fails while another would run for ten minutes: the build ends at once, with the failure.

    (That every failure known by then is reported, not only the first, is
    tested in test_batch.py, where the order of events can be controlled.)
    """
    snippets = {
        "a_fails.py": (
            "import pathlib, time\n"
            "while not pathlib.Path('b.started').exists():\n"
            "    time.sleep(0.05)\n"
            "raise RuntimeError('a failed')\n"
        ),
        "b_runs_long.py": "import pathlib, time\npathlib.Path('b.started').touch()\ntime.sleep(600)\n",
    }
    project = small_project(tmp_path / "project", snippets, preload=[], options="      jobs: 2\n")
    start = time.monotonic()
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    elapsed = time.monotonic() - start
    assert build.returncode != 0
    assert elapsed < 90, f"the build waited {elapsed:.0f}s for the long snippet"
    for expected in ("1 snippet(s) failed", "snippets/a_fails.py:4", "RuntimeError: a failed", "docs/index.ko.md:"):
        assert expected in build.log, build.log
    assert "b_runs_long.py:" not in build.log and "time limit" not in build.log, build.log
    assert not (build.site / "index.html").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_serve_keeps_one_fork_server_across_rebuilds_and_stops_it_on_ctrl_c(tmp_path):
    project = small_project(tmp_path / "project", {"counts.py": "print('version 1')\n"}, preload=[])
    log_path, port = tmp_path / "serve.log", free_port()
    env = {**os.environ, "SNIPPET_EXEC_CACHE_DIR": str(tmp_path / "cache"), "NO_MKDOCS_2_WARNING": "1"}
    with open(log_path, "w") as log:
        serve = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            # a shell's background job ignores SIGINT, and children inherit that: give mkdocs a real Ctrl-C
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )

    def wait_for(pattern: str, count: int = 1) -> str:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            text = log_path.read_text()
            if len(re.findall(pattern, text)) >= count:
                return text
            assert serve.poll() is None, text
            time.sleep(0.1)
        raise AssertionError(f"no {pattern!r} in:\n{log_path.read_text()}")

    try:
        text = wait_for(r"Serving on")
        (server,) = {int(pid) for pid in SERVER_READY.findall(text)}
        (project / "snippets" / "counts.py").write_text("print('version 2')\n", encoding="utf-8")
        text = wait_for(r"snippets/counts.py ran in", count=2)
        assert len(SERVER_READY.findall(text)) == 1 and not gone(server), "the rebuild started another fork server"
        serve.send_signal(signal.SIGINT)
        serve.wait(timeout=60)
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
    assert wait_gone(server), "the fork server survived Ctrl-C"
