"""`mkdocs serve` on a fresh clone serves at http://127.0.0.1:8000/; the published build keeps its real site_url."""

from __future__ import annotations

from urllib.parse import urlsplit

import yaml
from mkdocs.config import load_config

from tests.conftest import REPO


def _site_url(monkeypatch, value: str | None) -> str:
    if value is None:
        monkeypatch.delenv("SITE_URL", raising=False)
    else:
        monkeypatch.setenv("SITE_URL", value)
    return load_config(str(REPO / "mkdocs.yml")).site_url


def test_fresh_clone_serves_at_the_root(monkeypatch):
    url = _site_url(monkeypatch, None)
    assert url == "http://127.0.0.1:8000/"
    # `mkdocs serve` mounts the site at site_url's path (mkdocs/commands/serve.py)
    assert urlsplit(url).path == "/"


def test_published_build_keeps_its_site_url(monkeypatch):
    assert _site_url(monkeypatch, "https://someone.github.io/rnn-basics/") == "https://someone.github.io/rnn-basics/"


def test_pages_workflow_sets_site_url_for_the_build():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    builds = [step for step in workflow["jobs"]["build"]["steps"] if "mkdocs build" in step.get("run", "")]
    assert builds, "the Pages workflow has no mkdocs build step"
    assert all("pages.outputs.base_url" in step.get("env", {}).get("SITE_URL", "") for step in builds)
