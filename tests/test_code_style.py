"""The code keeps the repository's habits: ruff's lint rules and format, and type checking (pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

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
