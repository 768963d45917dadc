"""Shared fixtures: the repository's paths and one real build of the site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
