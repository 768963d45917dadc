"""Shared fixtures: the repository's paths, one real build of the site, and every snippet run standalone.

The suite's two big costs run side by side: the cold build (``built_site``,
the build's fork server) and a fresh ``python snippets/<name>.py`` of every
embedded snippet (``standalone_runs``, the judge of what the build shows).
The standalone runs start in a background pool as soon as collection
finishes, niced so the cold build that the first tests wait for keeps its
priority, and fill the cores whenever the tests leave one idle.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SNIPPETS = REPO / "snippets"
LANGUAGES = ("ko", "en")


@dataclass(frozen=True)
class Build:
    site: Path
    log: str
    returncode: int


PROJECT_PARTS = ("docs", "snippets")
"""What ``mkdocs.yml`` refers to: a copy of these and the config builds like the repository."""


def copy_project(target: Path) -> Path:
    """A throwaway copy of the site's sources (to break or edit) at ``target``."""
    for part in PROJECT_PARTS:
        shutil.copytree(REPO / part, target / part)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    return target


def build_site(project: Path, site: Path, cache: Path, **env: str) -> Build:
    """Run ``mkdocs build`` for ``project`` into ``site`` with its own snippet cache."""
    environment = {**os.environ, "SNIPPET_EXEC_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1", **env}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    return Build(site, proc.stdout + proc.stderr, proc.returncode)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The real site, built cold (a new, empty cache: every snippet executed) into a temporary folder."""
    root = tmp_path_factory.mktemp("cold-build")
    build = build_site(REPO, root / "site", root / "cache")
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def snippet_cache(built_site) -> Path:
    """The cold build's cache, warm now that the build is done."""
    return built_site.site.parent / "cache"


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory, snippet_cache, built_site) -> Build:
    """The offline bundle (``OFFLINE=true``: Material's offline plugin), reusing ``built_site``'s snippet runs."""
    build = build_site(REPO, tmp_path_factory.mktemp("site-offline") / "site", snippet_cache, OFFLINE="true")
    assert build.returncode == 0, build.log
    return build


def page_path(site: Path, page: str, lang: str) -> Path:
    """``docs/<page>.<lang>.md`` -> its built ``index.html``."""
    prefix = site if lang == LANGUAGES[0] else site / lang
    return prefix / ("index.html" if page == "index" else f"{page}/index.html")


def pages() -> list[str]:
    """Page names (without language suffix) of every Markdown page in docs/."""
    return sorted({p.name.split(".")[0] for p in DOCS.glob("*.ko.md")})


def embedded_snippets(only: set[str] | None = None) -> list[str]:
    """Every snippet a page embeds (of the pages in ``only``, if given), in page order (Korean pages)."""
    from rnn_site.execution.embeds import find_embeds

    names: list[str] = []
    for page in pages():
        if only is not None and page not in only:
            continue
        for embed in find_embeds((DOCS / f"{page}.{LANGUAGES[0]}.md").read_text(encoding="utf-8")):
            if embed.name not in names:
                names.append(embed.name)
    return names


@dataclass(frozen=True)
class Standalone:
    """What ``python snippets/<name>.py`` printed in a terminal (stdout and stderr together)."""

    returncode: int
    output: str


def _run_standalone(name: str) -> Standalone:
    proc = subprocess.Popen(
        [sys.executable, f"snippets/{name}"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        os.setpriority(os.PRIO_PROCESS, proc.pid, 10)  # behind the cold build
    except (AttributeError, OSError):
        pass
    output, _ = proc.communicate(timeout=600)
    return Standalone(proc.returncode, output)


class StandaloneRuns:
    """A fresh interpreter per snippet, run in the background, as many at a time as there are cores."""

    def __init__(self, names: list[str]) -> None:
        from rnn_site.execution.batch import available_cpus

        self._pool = ThreadPoolExecutor(max_workers=available_cpus(), thread_name_prefix="standalone")
        self._runs: dict[str, Future] = {name: self._pool.submit(_run_standalone, name) for name in names}

    def __call__(self, name: str) -> Standalone:
        if name not in self._runs:
            self._runs[name] = self._pool.submit(_run_standalone, name)
        return self._runs[name].result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class ShapeOracle:
    """tests/shape_oracle.py over every snippet, started in the background (niced like the standalone runs)."""

    def __init__(self) -> None:
        names = sorted(p.name for p in SNIPPETS.glob("*.py"))
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.shape_oracle", *(f"snippets/{n}" for n in names)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        try:
            os.setpriority(os.PRIO_PROCESS, self._proc.pid, 10)
        except (AttributeError, OSError):
            pass
        self._result: dict[str, dict[int, dict[str, list[str]]]] | None = None

    def __call__(self) -> dict[str, dict[int, dict[str, list[str]]]]:
        """Snippet file name -> {line: {name: [shapes]}} (waits for the run if it is still going)."""
        if self._result is None:
            out, err = self._proc.communicate(timeout=600)
            assert self._proc.returncode == 0, err[-3000:]
            self._result = {
                name: {int(line): shapes for line, shapes in lines.items()} for name, lines in json.loads(out).items()
            }
        return self._result

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.communicate()


_standalone: StandaloneRuns | None = None
_oracle: ShapeOracle | None = None


BACKGROUND_FIXTURES = ("standalone_runs", "shape_oracle")
"""Fixtures whose processes run in the background from the start of the session."""


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that wait for a background run go last, so those runs fill an idle core during all the others.

    (A stable sort: every other test keeps its order.)
    """
    items.sort(key=lambda item: any(f in getattr(item, "fixturenames", ()) for f in BACKGROUND_FIXTURES))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start every standalone run, and the shape oracle, now if a selected test compares with them."""
    global _standalone, _oracle
    if session.config.option.collectonly:
        return
    if _oracle is None and any("shape_oracle" in getattr(item, "fixturenames", ()) for item in session.items):
        _oracle = ShapeOracle()
    if _standalone is not None:
        return
    users = [item for item in session.items if "standalone_runs" in getattr(item, "fixturenames", ())]
    if users:
        params = [getattr(getattr(item, "callspec", None), "params", {}) for item in users]
        only = None if any("page" not in p for p in params) else {p["page"] for p in params}
        _standalone = StandaloneRuns(embedded_snippets(only))


@pytest.fixture(scope="session")
def standalone_runs() -> Iterator[StandaloneRuns]:
    """``standalone_runs(name)``: the standalone run of ``snippets/<name>`` (waits for it if still running)."""
    global _standalone
    if _standalone is None:
        _standalone = StandaloneRuns([])
    yield _standalone
    _standalone.close()
    _standalone = None


@pytest.fixture(scope="session")
def shape_oracle() -> Iterator[ShapeOracle]:
    """``shape_oracle()``: every snippet's line shapes from tests/shape_oracle.py (one process, started early)."""
    global _oracle
    if _oracle is None:
        _oracle = ShapeOracle()
    yield _oracle
    _oracle.close()
    _oracle = None
