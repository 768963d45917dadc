"""A snippet that allocates past ``memory_limit_mb`` fails, naming the limit and its line; the build goes on.

Both paths (a fresh interpreter and a fork-server child) set ``RLIMIT_DATA`` in the snippet's own
process, so the runner, the build and the machine are untouched. No TensorFlow here: a training
snippet of the site uses about 400 MB of data memory with TensorFlow loaded, far below the default
of 2048 MB (every build of the site runs under it).
"""

from __future__ import annotations

import resource
from collections.abc import Iterator
from pathlib import Path

import pytest

from rnn_site.execution.forkclient import ForkServer
from rnn_site.execution.runner import SnippetFailed, child_env, run_snippet

LIMIT_MB = 300

GREEDY = "print('allocating')\nsmall = bytearray(10 * 1024 * 1024)\nhuge = bytearray(2 * 1024 ** 3)\nprint('never')\n"


@pytest.fixture(scope="module")
def fork_server(tmp_path_factory) -> Iterator[ForkServer]:
    server = ForkServer(
        [], cwd=tmp_path_factory.mktemp("fork-cwd"), env=child_env(), timeout=30, memory_limit_mb=LIMIT_MB
    )
    yield server
    server.close()


@pytest.fixture(params=["spawn", "fork"])
def run(request):
    if request.param == "spawn":
        return lambda path: run_snippet(path, timeout=30, memory_limit_mb=LIMIT_MB)
    return request.getfixturevalue("fork_server").run


def test_past_the_limit_fails_naming_the_limit_and_the_line(run, tmp_path):
    snippet = tmp_path / "greedy.py"
    snippet.write_text(GREEDY)
    with pytest.raises(SnippetFailed) as failed:
        run(snippet)
    assert failed.value.line == 3
    assert "ran out of memory: MemoryError" in failed.value.reason
    assert f"memory_limit_mb: {LIMIT_MB} in mkdocs.yml" in failed.value.reason
    assert failed.value.output == "allocating\n"


def test_under_the_limit_runs_and_the_runner_keeps_no_limit(run, tmp_path):
    snippet = tmp_path / "modest.py"
    snippet.write_text("data = bytearray(100 * 1024 * 1024)\nprint(len(data))\n")
    assert run(snippet).output == f"{100 * 1024 * 1024}\n"
    assert resource.getrlimit(resource.RLIMIT_DATA)[0] == resource.RLIM_INFINITY  # only the child was limited


def test_no_limit_when_zero(tmp_path):
    snippet = tmp_path / "reads_its_limit.py"
    snippet.write_text(
        "import resource\nprint(resource.getrlimit(resource.RLIMIT_DATA)[0] == resource.RLIM_INFINITY)\n"
    )
    assert run_snippet(snippet, timeout=30, memory_limit_mb=0).output == "True\n"
    assert run_snippet(snippet, timeout=30, memory_limit_mb=64).output == "False\n"


def test_the_build_names_the_snippet_its_page_and_the_limit(tmp_path: Path):
    from tests.conftest import build_site

    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "snippets").mkdir()
    (project / "snippets" / "greedy.py").write_text(GREEDY)
    (project / "docs" / "index.md").write_text('# Home\n\n{{ run("greedy.py") }}\n', encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        f"site_name: t\nplugins:\n  - snippet-exec:\n      memory_limit_mb: {LIMIT_MB}\n"
        "markdown_extensions: [attr_list, md_in_html, pymdownx.highlight, pymdownx.superfences]\n",
        encoding="utf-8",
    )
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    assert build.returncode != 0
    assert "snippet snippets/greedy.py:3 failed: ran out of memory" in build.log, build.log
    assert f"memory_limit_mb: {LIMIT_MB} in mkdocs.yml" in build.log and "embedded at docs/index.md:3" in build.log
