"""The cache key changes when any input of a snippet's output changes, and only then."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rnn_site.execution import cache
from rnn_site.execution.cache import cache_key, library_versions, local_imports

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
    found = {p.relative_to(project.resolve()).as_posix() for p in local_imports(project / "snippets" / "main.py", project)}
    assert found == {
        "snippets/helper.py", "snippets/deep.py", "pkg/__init__.py", "pkg/tools.py", "lib/__init__.py", "lib/sub.py"
    }


@pytest.mark.parametrize("changed", [
        "snippets/main.py", "snippets/helper.py", "snippets/deep.py", "pkg/tools.py", "pkg/__init__.py", "lib/__init__.py", "lib/sub.py"
    ],)
def test_key_changes_with_the_bytes_of_the_snippet_or_a_repo_file_it_imports(project, changed):
    before = key(project)
    path = project / changed
    path.write_text(path.read_text(encoding="utf-8") + "# one more comment\n", encoding="utf-8")
    assert key(project) != before


@pytest.mark.parametrize("library", sorted(VERSIONS))
def test_key_changes_with_each_library_version(project, library):
    assert key(project, {**VERSIONS, library: VERSIONS[library] + ".post1"}) != key(project)


def test_key_changes_with_the_render_format(project, monkeypatch):
    before = key(project)
    monkeypatch.setattr(cache, "FORMAT_VERSION", cache.FORMAT_VERSION + 1)
    assert key(project) != before


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
