"""Reuse what an earlier run of the suite proved, when nothing it depended on has changed.

As Bazel keeps a test's result while its inputs stay the same, the suite keeps, under
``.cache/tests/`` (git-ignored, so a fresh clone runs everything):

- the cold build and the offline build the site tests read (``reused_build``), keyed by every
  file of the repository outside ``tests/`` (``tests/conftest.py``, which runs the build, included),
  the installed distributions and their versions, the Python, the machine and the environment
  variables a build reads (``environment``). A build is reused only if its site still hashes to
  what it hashed to when it was made (a test that wrote into it, or a half-written folder, makes
  it build again);
- the judge's fresh ``python snippets/<name>.py`` runs (``standalone_key``), keyed by the build's own
  cache key of the snippet (its bytes, the repository files it imports, the data files it names,
  library versions, the result-changing environment) and the interpreter;
- every test's pass (``verdict_key``, ``tests/conftest.py`` hooks): a test whose key is unchanged is
  reported as passed without running, and counted in the summary line "passed from an earlier run".

What a test's key covers (``scope_of``), always with the environment, every file of ``tests/``
that is not a test module (helpers, conftests), ``src/``, ``mkdocs.yml``, ``pyproject.toml``,
``requirements.txt`` and the test module's own file:

- a module that names no repository content (no ``REPO``, ``DOCS``, ``SNIPPETS``, built sites, page
  lists, ``__file__``, no string that is the path of a file or folder of the repository, such as
  ``"docs"`` or ``"mkdocs.yml"``, nor does any helper module of ``tests/`` it imports): nothing more
  (``tooling``);
- a module of ``tests/test_snippets/`` that is otherwise content-free: the cache keys of the
  snippets it loads by name (``lazy_snippet("x")`` or ``import x``) (``snippets``);
- a test marked ``page_scoped`` (its result depends only on its ``page`` parameter's Markdown in
  every language and the snippets they embed): those (``page``);
- a browser test: every file outside ``tests/``, the hash of each built site it loads (cold, and
  offline if it uses it) and the Chromium binary (``browser``);
- everything else: every file outside ``tests/`` (``everything``).

``TEST_REUSE=off`` runs everything (and still records); with ``CI`` set reuse is off unless
``TEST_REUSE=on``. Only passes are kept: a failure or a skip always runs again.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import platform
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
STORE = REPO / ".cache" / "tests"

ENV_NAMES = frozenset(
    {"SITE_URL", "OFFLINE", "CHROMIUM", "PATH", "PYTHONPATH", "PYTHONHASHSEED", "PYTHONWARNINGS", "TZ", "LANG"}
)
ENV_PREFIXES = ("SNIPPET_EXEC", "LC_", "TF_", "KERAS_", "XLA_", "CUDA_", "OMP_", "MKL_", "OPENBLAS_", "MPL")
"""Environment variables that can change a build, a snippet or a test (besides the interpreter and packages)."""

SUPPORT_FILES = ("mkdocs.yml", "pyproject.toml", "requirements.txt")

_CONTENT_NAMES = frozenset(
    {
        "REPO",
        "DOCS",
        "SNIPPETS",
        "__file__",
        "built_site",
        "offline_site",
        "snippet_cache",
        "standalone_runs",
        "shape_oracle",
        "copy_project",
        "build_site",
        "pages",
        "page_path",
        "embedded_snippets",
    }
)
LOADERS = frozenset({"tests.snippet_modules", "tests.snippet_variants"})
"""Helpers that load only the snippets their caller names (``lazy_snippet("x")``): read as no content."""


def _names_a_repository_path(value: str) -> bool:
    """``"docs"``, ``"snippets/x.py"``, ``"mkdocs.yml"``: a string that is the path of something in the repository."""
    value = value.strip().removeprefix("./")
    if not value or len(value) > 200 or "\n" in value or value.startswith(("/", ".")):
        return False
    try:
        return (REPO / value).exists()
    except (OSError, ValueError):
        return False


def enabled() -> bool:
    """Reuse earlier results? ``TEST_REUSE`` on/off decides; else on, but off in CI."""
    choice = os.environ.get("TEST_REUSE", "").strip().lower()
    if choice in {"0", "off", "false", "no"}:
        return False
    if choice in {"1", "on", "true", "yes"}:
        return True
    return os.environ.get("CI", "").strip().lower() in {"", "0", "false", "no"}


def _sha(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        digest.update(f"{len(data)}\0".encode() + data)
    return digest.hexdigest()


@functools.cache
def listed_files() -> tuple[str, ...]:
    """Every file of the work tree git would track (tracked, or untracked and not ignored), repository-relative."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout
        names = {name.decode("utf-8", "surrogateescape") for name in out.split(b"\0") if name}
    except (OSError, subprocess.CalledProcessError):  # no git: every file but the usual outputs and caches
        skip = {".git", ".cache", ".venv", "venv", "site", "site-offline", "test-artifacts", "__pycache__"}
        names = {
            path.relative_to(REPO).as_posix()
            for path in REPO.rglob("*")
            if path.is_file() and not skip & set(path.relative_to(REPO).parts)
        }
    return tuple(sorted(name for name in names if (REPO / name).is_file()))


@functools.cache
def file_hash(rel: str) -> str:
    return hashlib.sha256((REPO / rel).read_bytes()).hexdigest()


def files_digest(rels: Iterable[str]) -> str:
    return _sha(part for rel in sorted(set(rels)) for part in (rel, file_hash(rel)))


@functools.cache
def environment() -> str:
    """The interpreter, the machine, every installed distribution's version and the variables that matter."""
    dists = sorted(
        {f"{dist.metadata['Name']}=={dist.version}@{getattr(dist, '_path', '')}" for dist in metadata.distributions()}
    )
    env = sorted(
        f"{name}={value}" for name, value in os.environ.items() if name in ENV_NAMES or name.startswith(ENV_PREFIXES)
    )
    return _sha([sys.version, sys.executable, platform.platform(), platform.machine(), *dists, "env", *env])


@functools.cache
def support_digest() -> str:
    """What every test depends on: the environment, tests/ helpers and conftests, src/, the project's config."""
    files = [
        rel
        for rel in listed_files()
        if rel.startswith("src/")
        or rel in SUPPORT_FILES
        or (rel.startswith("tests/") and not Path(rel).name.startswith("test_"))
    ]
    return _sha([environment(), files_digest(files)])


@functools.cache
def outside_tests_digest() -> str:
    """Every file outside tests/ (docs, snippets, src, config, benchmarks, README ...)."""
    return files_digest(rel for rel in listed_files() if not rel.startswith("tests/"))


@functools.cache
def build_key(name: str) -> str:
    """The key of a build of the site: everything outside tests/, tests/conftest.py (it runs builds), the environment."""
    return _sha(["build", name, environment(), outside_tests_digest(), file_hash("tests/conftest.py")])


def tree_digest(folder: Path, skip: frozenset[str] = frozenset({"sitemap.xml.gz"})) -> str:
    """Every file under ``folder`` (relative path and bytes), but ``skip`` (gzip stamps the time it was written)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name not in skip:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


# --- what a test module reads ---------------------------------------------------------------


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


@functools.cache
def _module_facts(rel: str) -> tuple[bool, frozenset[str], frozenset[str]]:
    """(names repository content?, tests/ helper modules it imports, the bare names and strings it uses)."""
    tree = ast.parse((REPO / rel).read_bytes())
    docstrings = _docstrings(tree)
    content = False
    helpers: set[str] = set()
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in _CONTENT_NAMES:
            content = True
        elif isinstance(node, ast.Attribute) and node.attr in _CONTENT_NAMES:
            content = True
        elif isinstance(node, ast.arg) and node.arg in _CONTENT_NAMES:  # a fixture
            content = True
        elif isinstance(node, ast.alias) and (node.asname or node.name).split(".")[-1] in _CONTENT_NAMES:
            content = True
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words.add(node.value)
            if node.value in _CONTENT_NAMES or _names_a_repository_path(node.value):  # usefixtures("built_site")
                content = True
        if isinstance(node, ast.Import):
            for alias in node.names:
                words.add(alias.name)
                if alias.name.startswith("tests."):
                    helpers.add(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "tests":
                helpers.update(f"tests.{alias.name}" for alias in node.names)
            elif node.module.startswith("tests."):
                helpers.add(node.module)
            words.add(node.module)
    return content, frozenset(helpers), frozenset(words)


def _helper_file(module: str) -> str | None:
    for rel in (module.replace(".", "/") + ".py", module.replace(".", "/") + "/__init__.py"):
        if (REPO / rel).is_file():
            return rel
    return None


@functools.cache
def names_content(rel: str) -> bool:
    """Does the module at ``rel``, or a tests/ helper it imports (transitively, conftest.py aside), read the repository's content?"""
    seen: set[str] = set()
    todo = [rel]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        content, helpers, _ = _module_facts(current)
        if content:
            return True
        todo += [f for f in (_helper_file(h) for h in helpers - LOADERS) if f and not f.endswith("conftest.py")]
    return False


def snippet_names(rel: str) -> list[str]:
    """The snippets a test module loads by name (``lazy_snippet("x")``, ``import x``)."""
    known = {path.stem for path in (REPO / "snippets").glob("*.py")}
    return [f"{stem}.py" for stem in sorted(known & _module_facts(rel)[2])]


@functools.cache
def _key_context() -> dict[str, str]:
    from rnn_site.execution.cache import key_context

    return key_context()


@functools.cache
def snippet_key(name: str) -> str:
    """The build's own cache key of ``snippets/<name>`` (bytes, local imports, data files, versions, env)."""
    from rnn_site.execution.cache import cache_key

    return cache_key(REPO / "snippets" / name, REPO, _key_context())


VARIANTS_MODULE = "src/rnn_site/execution/variants.py"  # makes a variant's text from the snippet


def standalone_key(name: str) -> str:
    """The key of a fresh ``python snippets/<name>`` in this interpreter and environment.

    ``name?KEY`` is a variant of the snippet: its text comes from the snippet and the variants module.
    """
    if "?" in name:
        name, key = name.split("?")
        return _sha(["standalone", snippet_key(name), key, file_hash(VARIANTS_MODULE), environment()])
    return _sha(["standalone", snippet_key(name), environment()])


@functools.cache
def page_digest(page: str) -> str:
    """A page's Markdown in every language and the keys of the snippets they embed."""
    from rnn_site.execution.embeds import find_embeds

    parts = []
    for path in sorted((REPO / "docs").glob(f"{page}.*.md")):
        rel = path.relative_to(REPO).as_posix()
        parts += [rel, file_hash(rel)]
        for embed in find_embeds(path.read_text(encoding="utf-8")):
            if (REPO / "snippets" / embed.name).is_file():
                parts += [embed.name, snippet_key(embed.name)]
            else:
                parts += [embed.name, "missing"]
    return _sha(parts)


def scope_of(rel: str, *, browser: bool, page_scoped: bool, page: str | None) -> tuple[str, str]:
    """(kind, digest) of what a test of the module ``rel`` depends on beyond ``support_digest``."""
    if browser:
        return "browser", outside_tests_digest()
    if page_scoped and page is not None:
        return "page", page_digest(page)
    if names_content(rel):
        return "everything", outside_tests_digest()
    if rel.startswith("tests/test_snippets/"):
        names = snippet_names(rel)
        return "snippets", _sha(part for name in names for part in (name, snippet_key(name)))
    return "tooling", ""


def verdict_key(nodeid: str, rel: str, scope: tuple[str, str], extra: Iterable[str] = ()) -> str:
    return _sha(["verdict", nodeid, support_digest(), rel, file_hash(rel), *scope, *extra])


class Verdicts:
    """Passes on disk: one empty-ish file per key."""

    def __init__(self, folder: Path = STORE / "verdicts") -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def passed(self, key: str) -> bool:
        return self._path(key).is_file()

    def record(self, key: str, nodeid: str) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{key}.{os.getpid()}")
        tmp.write_text(json.dumps({"test": nodeid}), encoding="utf-8")
        os.replace(tmp, path)


# --- the pytest plugin ----------------------------------------------------------------------

BROWSER_TESTS = "tests/test_browser/"
FONT_FOLDERS = (Path("/usr/share/fonts"), Path("/etc/fonts"), Path("/usr/local/share/fonts"))


@functools.cache
def browser_digest(chromium: str) -> str:
    """The Chromium binary (and what it runs) and the fonts it draws with, by path, size and time."""
    parts = []
    paths = [Path(chromium), Path(chromium).resolve(), Path("/usr/lib/chromium")]
    for folder in FONT_FOLDERS:
        if folder.is_dir():
            paths += sorted(folder.rglob("*"))
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            parts.append(f"{path}: absent")
            continue
        parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return _sha(parts)


class ReusePlugin:
    """Reports a test whose key has a recorded pass as passed without running it; records new passes.

    ``site_digests(item)`` gives the hashes of the built sites a browser test loads (it may build them).
    """

    def __init__(self, site_digests, chromium: str) -> None:
        self.site_digests = site_digests
        self.chromium = chromium
        self.verdicts = Verdicts()
        self.reuse = enabled()
        self._key = pytest.StashKey[str]()
        self._phases = pytest.StashKey[dict]()
        self.reused: set[str] = set()  # node ids reported from an earlier run (this process)
        self.collected: list[str] = []
        self.reused_reports = 0  # seen by the process that prints the summary (the xdist controller)

    @staticmethod
    def _rel(item) -> str:
        return Path(item.path).resolve().relative_to(REPO).as_posix()

    def _static_key(self, item) -> str | None:
        rel = self._rel(item)
        if rel.startswith(BROWSER_TESTS):
            return None
        params = getattr(getattr(item, "callspec", None), "params", {})
        scope = scope_of(
            rel, browser=False, page_scoped=item.get_closest_marker("page_scoped") is not None, page=params.get("page")
        )
        return verdict_key(item.nodeid, rel, scope)

    def _browser_key(self, item) -> str:
        rel = self._rel(item)
        extra = [*self.site_digests(item), browser_digest(self.chromium)]
        return verdict_key(item.nodeid, rel, scope_of(rel, browser=True, page_scoped=False, page=None), extra)

    def is_reused(self, item) -> bool:
        return item.nodeid in self.reused

    def pytest_collection_modifyitems(self, items) -> None:
        self.collected = [item.nodeid for item in items]
        for item in items:
            try:
                key = self._static_key(item)
            except (OSError, SyntaxError, ValueError, ImportError):
                # unreadable, or no rnn_site to key with (the Keras matrix installs only the libraries
                # the snippet tests need): run it, record nothing
                key = None
            if key is not None:
                item.stash[self._key] = key
                if self.reuse and self.verdicts.passed(key):
                    self.reused.add(item.nodeid)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_protocol(self, item, nextitem):
        if self.reuse and self._rel(item).startswith(BROWSER_TESTS) and self._key not in item.stash:
            key = self._browser_key(item)
            item.stash[self._key] = key
            if self.reuse and self.verdicts.passed(key):
                self.reused.add(item.nodeid)
        if item.nodeid not in self.reused:
            return None
        from _pytest.reports import TestReport

        item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
        for when in ("setup", "call", "teardown"):
            report = TestReport(
                nodeid=item.nodeid,
                location=item.location,
                keywords=dict.fromkeys(item.keywords, 1),
                outcome="passed",
                longrepr=None,
                when=when,
                user_properties=[("reused", "passed in an earlier run with the same inputs")],
            )
            item.ihook.pytest_runtest_logreport(report=report)
        item.session._setupstate.teardown_exact(nextitem)  # what the test before it left set up
        item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
        return True

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        phases = item.stash.setdefault(self._phases, {})
        phases[report.when] = report.passed and not hasattr(report, "wasxfail")
        key = item.stash.get(self._key, None)
        if report.when == "teardown" and key is not None and phases == {"setup": True, "call": True, "teardown": True}:
            try:
                self.verdicts.record(key, item.nodeid)
            except OSError:
                pass
        return report

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call" and any(name == "reused" for name, _ in report.user_properties):
            self.reused_reports += 1

    def pytest_terminal_summary(self, terminalreporter, config) -> None:
        if config.option.collectonly and self.reuse:  # what a run would do now (browser tests: keyed when they run)
            to_run = [nodeid for nodeid in self.collected if nodeid not in self.reused]
            modules = sorted({nodeid.split("::")[0] for nodeid in to_run})
            terminalreporter.write_line(
                f"{len(self.collected) - len(to_run)} of {len(self.collected)} tests have a pass recorded for their"
                f" inputs; {len(to_run)} would run, in {len(modules)} module(s):"
            )
            for module in modules:
                count = sum(nodeid.split("::")[0] == module for nodeid in to_run)
                terminalreporter.write_line(f"  {module}: {count}")
        if self.reused_reports:
            terminalreporter.write_line(
                f"{self.reused_reports} test(s) passed in an earlier run with the same inputs and were not run again"
                " (.cache/tests/; TEST_REUSE=off runs every test)"
            )
