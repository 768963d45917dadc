"""A broken embed or snippet fails ``mkdocs build`` (not only --strict), naming page, snippet and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, build_site


@pytest.fixture
def project(tmp_path) -> Path:
    """A throwaway copy of the site's sources to break."""
    copy = tmp_path / "project"
    for part in ("docs", "snippets", "hooks"):  # everything mkdocs.yml refers to
        shutil.copytree(REPO / part, copy / part)
    shutil.copy(REPO / "mkdocs.yml", copy / "mkdocs.yml")
    return copy


def _embed_in_index(project: Path, line: str) -> int:
    """Append ``line`` to both index pages; return its line number on the Korean one."""
    for lang in ("ko", "en"):
        page = project / "docs" / f"index.{lang}.md"
        page.write_text(page.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    return len((project / "docs" / "index.ko.md").read_text(encoding="utf-8").splitlines())


def _assert_failed(build, *parts: str) -> None:
    assert build.returncode != 0, build.log
    for part in parts:
        assert part in build.log, f"{part!r} missing from:\n{build.log}"
    assert not (build.site / "index.html").exists(), "a failed build must not publish pages"


def test_snippet_that_raises(project, tmp_path, snippet_cache):
    (project / "snippets" / "broken_on_purpose.py").write_text("print('start')\nx = 1\nraise ValueError('boom')\n")
    line = _embed_in_index(project, '{{ run("broken_on_purpose.py") }}')
    build = build_site(project, tmp_path / "site", snippet_cache)
    _assert_failed(build, "snippets/broken_on_purpose.py:3", "ValueError: boom", f"docs/index.ko.md:{line}")


def test_missing_snippet(project, tmp_path, snippet_cache):
    line = _embed_in_index(project, '{{ run("one_cell_rnnn.py") }}')
    build = build_site(project, tmp_path / "site", snippet_cache)
    _assert_failed(build, f"docs/index.ko.md:{line}", "snippets/one_cell_rnnn.py does not exist", "one_cell_rnn.py")


def test_snippet_that_hangs(project, tmp_path, snippet_cache):
    (project / "snippets" / "hangs_on_purpose.py").write_text("import time\nprint('waiting')\ntime.sleep(600)\n")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("timeout: 120", "timeout: 3"), encoding="utf-8")
    _embed_in_index(project, '{{ run("hangs_on_purpose.py") }}')
    build = build_site(project, tmp_path / "site", snippet_cache)
    _assert_failed(build, "snippets/hangs_on_purpose.py:3", "time limit")
