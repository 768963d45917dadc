"""A warm build (nothing changed since the cold one) runs no snippet and never imports TensorFlow."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import LANGUAGES, REPO, page_path, pages

# Runs ``mkdocs build`` inside this interpreter, then reports which heavy modules it imported.
BUILD_AND_REPORT = """
import json, sys
from mkdocs.__main__ import cli
try:
    cli(sys.argv[2:])
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras"))
with open(sys.argv[1], "w") as out:
    json.dump({"exit": code, "heavy": heavy}, out)
"""


def test_warm_build_runs_nothing_and_imports_no_tensorflow(built_site, snippet_cache, tmp_path):
    site, report = tmp_path / "site", tmp_path / "report.json"
    env = {**os.environ, "SNIPPET_EXEC_CACHE_DIR": str(snippet_cache), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SNIPPET_EXEC", None)
    env.pop("SNIPPET_EXEC_CACHE", None)
    proc = subprocess.run(
        [sys.executable, "-c", BUILD_AND_REPORT, str(report), "build", "-f", str(REPO / "mkdocs.yml"), "-d", str(site)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    log = proc.stdout + proc.stderr
    outcome = json.loads(report.read_text())
    assert outcome["exit"] in (0, None), log
    assert outcome["heavy"] == [], "the warm build imported " + ", ".join(outcome["heavy"][:5])
    assert " ran in " not in log and "running " not in log, log
    assert "snippet(s) ran: " in log and "from the cache" in log, log
    for page in pages():
        for lang in LANGUAGES:
            warm = page_path(site, page, lang).read_text(encoding="utf-8")
            assert warm == page_path(built_site.site, page, lang).read_text(encoding="utf-8"), (page, lang)
