"""The code keeps the repository's habits: ruff's lint rules and format, type checking (pyproject.toml), and
snippets narrow enough for the page."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.code_width import SNIPPET_COLUMNS, columns
from tests.conftest import REPO, SNIPPETS

CHECKED = ["src", "tests"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=REPO, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module", autouse=True)
def tools() -> None:
    for module in ("ruff", "mypy"):
        if _run(module, "--version").returncode != 0 and shutil.which(module) is None:
            pytest.fail(f"{module} is not installed: pip install -r requirements.txt")


def test_ruff_lint():
    result = _run("ruff", "check", "--no-cache", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format():
    result = _run("ruff", "format", "--check", "--no-cache", *CHECKED)
    assert result.returncode == 0, "run `ruff format src tests`:\n" + result.stdout + result.stderr


def test_types():
    result = _run("mypy")  # files and settings: [tool.mypy] in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr


def test_snippets_fit_the_code_block():
    wide = [
        f"snippets/{path.name}:{number}: {columns(line)} columns"
        for path in sorted(SNIPPETS.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if columns(line) > SNIPPET_COLUMNS
    ]
    assert wide == [], f"snippet lines over {SNIPPET_COLUMNS} columns"


def test_columns_count_wide_characters_twice():
    assert columns("x = 1  # 은닉 상태") == 9 + 4 + 1 + 4  # four syllables, two columns each
