"""Shared fixtures: the repository's paths and one real build of the site."""

from __future__ import annotations

import os
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
def snippet_cache(tmp_path_factory) -> Path:
    """A cache shared by this session's builds, empty at the start so the first build runs everything."""
    return tmp_path_factory.mktemp("snippet-cache")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, snippet_cache) -> Build:
    """The real site, built cold (every snippet executed) into a temporary folder."""
    build = build_site(REPO, tmp_path_factory.mktemp("site") / "site", snippet_cache)
    assert build.returncode == 0, build.log
    return build


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
