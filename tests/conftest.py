"""Shared fixtures: the repository's paths, one real build of the site, and every snippet run standalone.

The suite runs on every core (pytest-xdist, ``-n auto`` in pyproject.toml). Its big shared costs
are made once per session, whichever worker asks first, and read by the others (file locks in a
folder every worker sees): the cold build (``built_site``, the build's fork server), the offline
bundle (``offline_site``, a warm build over the cold build's cache), and a fresh
``python snippets/<name>.py`` of every embedded snippet (``standalone_runs``, the judge of what the
build shows). The standalone runs start in a background pool as soon as collection finishes,
niced so the builds and tests keep their priority, and fill the cores whenever the tests leave one
idle. Snippets imported by the tests are run by tests/shape_oracle.py, which records their line
shapes on the way (``shape_oracle``).

What an earlier session proved is kept under .cache/tests/ and reused while its inputs stay the
same (tests/reuse.py): both builds, each standalone run, and every test's pass. A fresh clone, CI
(``CI`` set) and ``TEST_REUSE=off`` run everything. ``-m "not browser"`` leaves out Chromium,
``-m "not site"`` every test that reads a whole built site.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

from tests import reuse
from tests import shape_oracle as shape_oracle_module

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SNIPPETS = REPO / "snippets"
LANGUAGES = ("ko", "en")

shape_oracle_module.install(SNIPPETS)  # every snippet a test imports is stepped, and its line shapes kept


@dataclass(frozen=True)
class Build:
    site: Path
    log: str
    returncode: int
    imported: tuple[str, ...] = ()  # the TensorFlow and Keras modules the build process imported
    digest: str = ""  # hash of the built site's files (tests/reuse.py: tree_digest), for a build kept in .cache/tests/


PROJECT_PARTS = ("docs", "snippets")
"""What ``mkdocs.yml`` refers to: a copy of these and the config builds like the repository."""


def copy_project(target: Path) -> Path:
    """A throwaway copy of the site's sources (to break or edit) at ``target``."""
    for part in PROJECT_PARTS:
        shutil.copytree(REPO / part, target / part)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    return target


# ``mkdocs build`` inside this interpreter, then a last line naming the heavy modules it imported.
_BUILD_AND_REPORT = """
import json, sys
from mkdocs.__main__ import cli
try:
    cli(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
else:
    code = 0
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras"))
print("\\nimported: " + json.dumps(heavy), file=sys.stderr)
sys.exit(code)
"""


def build_site(project: Path, site: Path, cache: Path, **env: str) -> Build:
    """Run ``mkdocs build`` for ``project`` into ``site`` with its own snippet cache."""
    environment = {**os.environ, "SNIPPET_EXEC_CACHE_DIR": str(cache), "NO_MKDOCS_2_WARNING": "1", **env}
    proc = subprocess.run(
        [sys.executable, "-c", _BUILD_AND_REPORT, "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    log, found, imported = (proc.stdout + proc.stderr).rpartition("\nimported: ")
    if not found:  # the build died before it could report (e.g. a plugin that does not import)
        log, imported = imported, "[]"
    return Build(site, log, proc.returncode, tuple(json.loads(imported)))


def shared_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder that every pytest-xdist worker of this session sees (without xdist: the session's own)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared_build(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], Build]) -> Build:
    """``make(folder)`` once per session, whichever worker asks first; the others wait for it and read it."""
    from filelock import FileLock

    shared = shared_dir(tmp_path_factory)
    folder, record = shared / name, shared / name / "build.json"
    with FileLock(shared / f"{name}.lock"):
        if record.exists():
            saved = json.loads(record.read_text(encoding="utf-8"))
            return Build(Path(saved["site"]), saved["log"], saved["returncode"], tuple(saved["imported"]))
        folder.mkdir()
        build = make(folder)
        record.write_text(json.dumps({**asdict(build), "site": str(build.site)}), encoding="utf-8")
        return build


def kept_build(name: str, make: Callable[[Path], Build]) -> Build:
    """``make(folder)`` once for its inputs (``reuse.build_key``), kept in .cache/tests/builds/ for later sessions.

    Reused only while its site hashes as it did when built (nothing wrote into it since); every
    pytest-xdist worker and every later session whose inputs are the same read the same folder.
    """
    from filelock import FileLock

    key = reuse.build_key(name)
    builds = reuse.STORE / "builds"
    folder = builds / f"{name}-{key[:24]}"
    builds.mkdir(parents=True, exist_ok=True)
    with FileLock(builds / f"{name}.lock"):
        record = folder / "build.json"
        if record.is_file():
            saved = json.loads(record.read_text(encoding="utf-8"))
            if saved["key"] == key and saved["digest"] == reuse.tree_digest(Path(saved["site"])):
                return Build(
                    Path(saved["site"]), saved["log"], saved["returncode"], tuple(saved["imported"]), saved["digest"]
                )
        for old in builds.glob(f"{name}-*"):  # an older build of other inputs, or one a test changed
            shutil.rmtree(old, ignore_errors=True)
        folder.mkdir()
        build = make(folder)
        if build.returncode != 0:
            return build
        build = Build(build.site, build.log, build.returncode, build.imported, reuse.tree_digest(build.site))
        record.write_text(json.dumps({**asdict(build), "site": str(build.site), "key": key}), encoding="utf-8")
        return build


_builds: dict[str, Build] = {}


def cold_build(tmp_path_factory: pytest.TempPathFactory | None = None) -> Build:
    """The real site, built cold (a new, empty cache: every snippet executed); kept while its inputs stay the same."""
    if "cold" not in _builds:

        def make(folder: Path) -> Build:
            return build_site(REPO, folder / "site", folder / "cache")

        if reuse.enabled():
            _builds["cold"] = kept_build("cold-build", make)
        else:
            assert tmp_path_factory is not None
            _builds["cold"] = shared_build(tmp_path_factory, "cold-build", make)
    return _builds["cold"]


def offline_build(tmp_path_factory: pytest.TempPathFactory | None = None) -> Build:
    """The offline bundle (``OFFLINE=true``: Material's offline plugin), a warm build over the cold build's cache."""
    if "offline" not in _builds:
        cold = cold_build(tmp_path_factory)
        assert cold.returncode == 0, cold.log

        def make(folder: Path) -> Build:
            return build_site(REPO, folder / "site", cold.site.parent / "cache", OFFLINE="true")

        if reuse.enabled():
            _builds["offline"] = kept_build("offline-build", make)
        else:
            assert tmp_path_factory is not None
            _builds["offline"] = shared_build(tmp_path_factory, "offline-build", make)
    return _builds["offline"]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The real site, built cold (every snippet executed) into a folder of its own."""
    build = cold_build(tmp_path_factory)
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def snippet_cache(built_site) -> Path:
    """The cold build's cache, warm now that the build is done."""
    return built_site.site.parent / "cache"


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory, built_site) -> Build:
    """The offline bundle (``OFFLINE=true``: Material's offline plugin), a warm build over ``built_site``'s cache."""
    build = offline_build(tmp_path_factory)
    assert build.returncode == 0, build.log
    return build


def _site_digests(item: pytest.Item) -> list[str]:
    """The hashes of the built sites a browser test loads (building them if needed)."""
    builds = [cold_build()] + ([offline_build()] if "offline_site" in getattr(item, "fixturenames", ()) else [])
    return [build.digest or "failed" for build in builds]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium over the built site (tests/test_browser/)")
    config.addinivalue_line("markers", "site: reads a build of the whole site (built_site, offline_site)")
    config.addinivalue_line(
        "markers", "page_scoped: depends only on its `page` parameter's Markdown and the snippets it embeds"
    )
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    config.pluginmanager.register(reuse.ReusePlugin(_site_digests, chromium), "tests-reuse")


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
                names += [embed.name, *variant_runs(embed.name)]
    return names


def variant_runs(name: str) -> list[str]:
    """``name?KEY`` for every variant of ``snippets/<name>`` but the file as written (none if it declares none)."""
    from rnn_site.execution.variants import VariantError, combinations, read_choices, variant_key

    try:
        choices = read_choices((SNIPPETS / name).read_text(encoding="utf-8"), f"snippets/{name}")
    except (OSError, VariantError):
        return []  # the build reports it
    return [f"{name}?{variant_key(choices, chosen)}" for chosen in combinations(choices)[1:]]


def variant_text(run: str) -> str:
    """The source of ``name?KEY`` (a variant of a snippet), made from the file as the variants module makes it."""
    from rnn_site.execution.variants import combinations, read_choices, variant_key, variant_source

    name, key = run.split("?")
    source = (SNIPPETS / name).read_text(encoding="utf-8")
    choices = read_choices(source, f"snippets/{name}")
    chosen = next(c for c in combinations(choices) if variant_key(choices, c) == key)
    return variant_source(source, chosen, f"snippets/{name}")


@dataclass(frozen=True)
class Standalone:
    """What ``python snippets/<name>.py`` printed in a terminal (stdout and stderr together)."""

    returncode: int
    output: str


def _run_standalone(name: str) -> Standalone:
    """``python snippets/<name>``; for a variant (``name?KEY``), ``python`` on a file holding the variant's text."""
    if "?" in name:
        with tempfile.TemporaryDirectory(prefix="variant-") as folder:
            copy = Path(folder) / name.split("?")[0]
            copy.write_text(variant_text(name), encoding="utf-8")
            return _run_file(str(copy))
    return _run_file(f"snippets/{name}")


def _run_file(path: str) -> Standalone:
    proc = subprocess.Popen(
        [sys.executable, path],
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
    """A fresh interpreter per snippet, run in the background, as many at a time as there are cores.

    Under pytest-xdist the workers share the runs: each result is a file in a shared folder, and
    a lock per snippet makes sure only one worker runs it; the others wait and read it.
    """

    def __init__(self, names: list[str], folder: Path) -> None:
        from rnn_site.execution.batch import available_cpus

        workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
        self._folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._pool = ThreadPoolExecutor(
            max_workers=max(1, available_cpus() // workers), thread_name_prefix="standalone"
        )
        self._runs: dict[str, Future] = {name: self._pool.submit(self._run, name, wait=False) for name in names}

    def _run(self, name: str, *, wait: bool) -> Standalone | None:
        """The run of ``name``: read if done, else run here; None (when not ``wait``) if another worker runs it."""
        from filelock import FileLock, Timeout

        file_name = name if "?" not in name else hashlib.sha256(name.encode()).hexdigest()  # a variant's key
        lock = FileLock(self._folder / f"{file_name}.lock")
        try:
            lock.acquire(blocking=wait)
        except Timeout:
            return None
        try:
            done = self._folder / f"{file_name}.json"
            if done.exists():
                return Standalone(**json.loads(done.read_text(encoding="utf-8")))
            kept = reuse.STORE / "standalone" / f"{reuse.standalone_key(name)}.json"  # an earlier session's run
            if reuse.enabled() and kept.is_file():
                result = Standalone(**json.loads(kept.read_text(encoding="utf-8")))
            else:
                result = _run_standalone(name)
                if result.returncode == 0:
                    kept.parent.mkdir(parents=True, exist_ok=True)
                    partial = kept.with_name(f".{kept.name}.{os.getpid()}")
                    partial.write_text(json.dumps(asdict(result)), encoding="utf-8")
                    os.replace(partial, kept)
            done.write_text(json.dumps(asdict(result)), encoding="utf-8")
            return result
        finally:
            lock.release()

    def __call__(self, name: str) -> Standalone:
        started = self._runs.get(name)
        result = started.result() if started is not None else None
        return result if result is not None else self._run(name, wait=True)  # type: ignore[return-value]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


_standalone: StandaloneRuns | None = None


BACKGROUND_FIXTURES = ("standalone_runs",)
"""Fixtures whose processes run in the background from the start of the session."""


def pytest_itemcollected(item: pytest.Item) -> None:
    """Mark the browser tests and the tests that read a whole built site (``-m "not browser"``, ``-m "not site"``)."""
    if Path(item.path).resolve().is_relative_to(REPO / "tests" / "test_browser"):
        item.add_marker(pytest.mark.browser)
    if any(f in getattr(item, "fixturenames", ()) for f in ("built_site", "offline_site", "snippet_cache", "served")):
        item.add_marker(pytest.mark.site)


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that wait for a background run go last, so those runs fill an idle core during all the others.

    (A stable sort: every other test keeps its order.)
    """
    items.sort(key=lambda item: any(f in getattr(item, "fixturenames", ()) for f in BACKGROUND_FIXTURES))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start every standalone run now if a selected test compares with them."""
    global _standalone
    if session.config.option.collectonly:
        return
    if _standalone is not None:
        return
    plugin = session.config.pluginmanager.get_plugin("tests-reuse")
    users = [
        item
        for item in session.items
        if "standalone_runs" in getattr(item, "fixturenames", ()) and not (plugin and plugin.is_reused(item))
    ]
    if users:
        params = [getattr(getattr(item, "callspec", None), "params", {}) for item in users]
        only = None if any("page" not in p for p in params) else {p["page"] for p in params}
        _standalone = StandaloneRuns(
            embedded_snippets(only),
            shared_dir(session.config._tmp_path_factory),  # pytest's own factory: no fixture here / "standalone"
        )


@pytest.fixture(scope="session")
def standalone_runs(tmp_path_factory) -> Iterator[StandaloneRuns]:
    """``standalone_runs(name)``: the standalone run of ``snippets/<name>`` (waits for it if still running)."""
    global _standalone
    if _standalone is None:
        _standalone = StandaloneRuns([], shared_dir(tmp_path_factory) / "standalone")
    yield _standalone
    _standalone.close()
    _standalone = None


@pytest.fixture(scope="session")
def shape_oracle() -> Callable[[], dict[str, dict[int, dict[str, list[str]]]]]:
    """``shape_oracle()``: every snippet's line shapes by tests/shape_oracle.py, the importer of every snippet here."""
    return functools.partial(shape_oracle_module.records, SNIPPETS)
