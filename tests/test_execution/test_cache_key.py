"""The cache key changes when any input of a snippet's output changes, and only then."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rnn_site.execution import cache
from rnn_site.execution.batch import collect_results
from rnn_site.execution.cache import ResultCache, cache_key, library_versions
from rnn_site.execution.dependencies import local_imports
from rnn_site.execution.runner import RunResult

VERSIONS = {"python": "3.11.9", "tensorflow": "2.21.0", "keras": "3.15.1", "numpy": "2.4.6"}

FILES = {
    "snippets/main.py": "import numpy as np\nimport helper\nfrom pkg import tools\nprint(helper.X, tools.Y)\n",
    "snippets/helper.py": "import deep\nimport lib.sub\nX = deep.Z + lib.sub.W\n",
    "snippets/deep.py": "Z = 41\n",
    "snippets/other.py": "print('not imported by main')\n",
    "pkg/__init__.py": "",
    "pkg/tools.py": "Y = 2\n",
    "lib/__init__.py": "",
    "lib/sub.py": "W = 1\n",
    "docs/index.md": "# a page\n",
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository whose snippet imports local modules, directly, transitively and from a package."""
    root = tmp_path / "project"
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def key(root: Path, versions: dict[str, str] = VERSIONS) -> str:
    return cache_key(root / "snippets" / "main.py", root, versions)


def test_local_imports_follows_repo_files_only(project):
    found = {
        p.relative_to(project.resolve()).as_posix() for p in local_imports(project / "snippets" / "main.py", project)
    }
    assert found == {
        "snippets/helper.py",
        "snippets/deep.py",
        "pkg/__init__.py",
        "pkg/tools.py",
        "lib/__init__.py",
        "lib/sub.py",
    }


@pytest.mark.parametrize(
    "changed",
    [
        "snippets/main.py",
        "snippets/helper.py",
        "snippets/deep.py",
        "pkg/tools.py",
        "pkg/__init__.py",
        "lib/__init__.py",
        "lib/sub.py",
    ],
)
def test_key_changes_with_the_bytes_of_the_snippet_or_a_repo_file_it_imports(project, changed):
    before = key(project)
    path = project / changed
    path.write_text(path.read_text(encoding="utf-8") + "# one more comment\n", encoding="utf-8")
    assert key(project) != before


@pytest.mark.parametrize("library", sorted(VERSIONS))
def test_key_changes_with_each_library_version(project, library):
    """(Any item of the context: a library version, the tooling digest, the machine, an environment variable.)"""
    assert key(project, {**VERSIONS, library: VERSIONS[library] + ".post1"}) != key(project)


@pytest.fixture
def tooling(tmp_path: Path) -> Path:
    """A copy of the execution package, to edit."""
    return Path(
        shutil.copytree(
            Path(cache.__file__).parent, tmp_path / "execution", ignore=shutil.ignore_patterns("__pycache__")
        )
    )


@pytest.mark.parametrize("module", ["child.py", "figures.py", "noise.py", "runner.py", "forkserver.py", "cache.py"])
def test_tooling_digest_changes_with_the_code_that_makes_a_result(tooling, module):
    before = cache.tooling_digest(tooling)
    with open(tooling / module, "a", encoding="utf-8") as handle:
        handle.write("# edited\n")
    assert cache.tooling_digest(tooling) != before


def test_tooling_digest_covers_a_new_module_but_not_the_page_side(tooling):
    before = cache.tooling_digest(tooling)
    for module in sorted(cache.PAGE_SIDE):
        with open(tooling / module, "a", encoding="utf-8") as handle:
            handle.write("# only changes how a record is shown\n")
    assert cache.tooling_digest(tooling) == before
    (tooling / "new_helper.py").write_text("X = 1\n", encoding="utf-8")
    assert cache.tooling_digest(tooling) != before


def test_editing_the_tooling_reruns_every_snippet_without_a_version_bump(project, tooling, tmp_path):
    store = ResultCache(tmp_path / "cache")

    def build() -> list[str]:
        ran: list[str] = []

        def run(path: Path) -> RunResult:
            ran.append(path.name)
            return RunResult(output="", source=path.read_text(encoding="utf-8"))

        context = {**VERSIONS, "tooling": cache.tooling_digest(tooling)}
        collect_results(
            [project / "snippets" / "main.py", project / "snippets" / "other.py"],
            project,
            memory={},
            cache=store,
            run=run,
            context=context,
        )
        return sorted(ran)

    assert build() == ["main.py", "other.py"]
    assert build() == []
    with open(tooling / "child.py", "a", encoding="utf-8") as handle:
        handle.write("# a change to how snippets run\n")
    assert build() == ["main.py", "other.py"]


def test_key_context_covers_tooling_machine_and_result_changing_environment(monkeypatch):
    monkeypatch.delenv("TF_NUM_INTRAOP_THREADS", raising=False)
    base = cache.key_context()
    assert base["tooling"] == cache.tooling_digest()
    assert platform.machine() in base["machine"]
    assert {f"version:{name}" for name in ("python", *cache.LIBRARIES)} <= set(base)
    for name, value in [
        ("TF_NUM_INTRAOP_THREADS", "1"),
        ("CUDA_VISIBLE_DEVICES", "-1"),
        ("OMP_NUM_THREADS", "1"),
        ("PYTHONHASHSEED", "0"),
        ("KERAS_BACKEND", "jax"),
    ]:
        with monkeypatch.context() as env:
            env.setenv(name, value)
            assert cache.key_context() == {**base, f"env:{name}": value}, name
    monkeypatch.setenv("SOME_UNRELATED_VARIABLE", "x")
    assert cache.key_context() == base
    monkeypatch.setattr(platform, "machine", lambda: "riscv128")
    assert cache.key_context()["machine"] != base["machine"]


def test_key_changes_when_a_local_module_starts_shadowing_an_import(project):
    before = key(project)
    (project / "snippets" / "numpy.py").write_text("X = 1\n", encoding="utf-8")
    assert key(project) != before


def test_key_is_stable_when_nothing_it_depends_on_changes(project, tmp_path):
    before = key(project)
    assert key(project) == before  # recomputed
    for path in project.rglob("*"):
        os.utime(path, (1, 1))  # file times play no part
    assert key(project) == before
    (project / "snippets" / "other.py").write_text("print('edited')\n", encoding="utf-8")
    (project / "docs" / "index.md").write_text("# edited page\n", encoding="utf-8")
    assert key(project) == before  # files main.py does not import
    moved = shutil.copytree(project, tmp_path / "elsewhere")
    assert key(moved) == before  # the key names repo-relative paths, not where the clone lives


def test_library_versions_are_read_without_importing_the_libraries():
    code = (
        "import sys\nfrom rnn_site.execution.cache import LIBRARIES, library_versions\n"
        "v = library_versions()\nassert {'tensorflow', 'keras', 'numpy', 'matplotlib'} <= set(LIBRARIES), LIBRARIES\n"
        "assert set(v) == {'python', *LIBRARIES}, v\n"
        "assert not set(LIBRARIES) & set(sys.modules), sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_library_versions_name_the_installed_versions():
    from importlib.metadata import version

    versions = library_versions()
    assert versions["python"] == sys.version
    assert versions["tensorflow"] == version("tensorflow") and versions["numpy"] == version("numpy")


def test_key_changes_with_a_data_file_the_snippet_or_an_import_names(project):
    """snippets/data/poem.txt, read with open() by a helper the snippet imports, counts like an import."""
    (project / "snippets" / "data").mkdir()
    poem = project / "snippets" / "data" / "poem.txt"
    poem.write_text("how doth\n", encoding="utf-8")
    unrelated = project / "snippets" / "data" / "other.txt"
    unrelated.write_text("not named anywhere\n", encoding="utf-8")
    deep = project / "snippets" / "deep.py"
    deep.write_text("from pathlib import Path\nZ = len((Path(__file__).parent / 'data' / 'poem.txt').read_text())\n")
    before = key(project)
    unrelated.write_text("changed, but no snippet reads it\n", encoding="utf-8")
    assert key(project) == before
    poem.write_text("how doth the little\n", encoding="utf-8")
    assert key(project) != before
