"""A broken embed or snippet fails ``mkdocs build`` (not only --strict), naming page, snippet and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_site, copy_project


@pytest.fixture
def project(tmp_path) -> Path:
    """A throwaway copy of the site's sources to break."""
    copy = copy_project(tmp_path / "project")
    # Only the home pages stay: each case then runs just the snippet it adds, so what fails
    # (or times out) is that snippet, whatever the lessons embed and however busy the machine is.
    for page in (copy / "docs").rglob("*.md"):
        if not page.name.startswith("index."):
            page.unlink()
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


def test_snippet_that_raises(project, tmp_path):
    (project / "snippets" / "broken_on_purpose.py").write_text("print('start')\nx = 1\nraise ValueError('boom')\n")
    line = _embed_in_index(project, '{{ run("broken_on_purpose.py") }}')
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    _assert_failed(build, "snippets/broken_on_purpose.py:3", "ValueError: boom", f"docs/index.ko.md:{line}")


def test_missing_snippet_and_paths_that_leave_snippets_fail_one_build_naming_each_embed(project, tmp_path):
    """Every bad name of the site is reported by one build (test_embeds checks each message of resolve_snippet)."""
    lines = {
        name: _embed_in_index(project, f'{{{{ run("{name}") }}}}')
        for name in ["one_cell_rnnn.py", "../mkdocs.yml.py", "/etc/hosts.py", "../../outside.py"]
    }
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    _assert_failed(build, "snippets/one_cell_rnnn.py does not exist", "one_cell_rnn.py")
    for name, line in lines.items():
        assert f"docs/index.ko.md:{line}: snippet" in build.log, name
    assert build.log.count("docs/index.en.md:") == 4 and build.log.count("must be a path inside snippets/") == 2 * 3


def test_snippet_that_hangs(project, tmp_path):
    (project / "snippets" / "hangs_on_purpose.py").write_text("import time\nprint('waiting')\ntime.sleep(600)\n")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("timeout: 120", "timeout: 3"), encoding="utf-8")
    _embed_in_index(project, '{{ run("hangs_on_purpose.py") }}')
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    _assert_failed(build, "snippets/hangs_on_purpose.py:3", "time limit")


def test_page_without_its_twin(project, tmp_path):
    (project / "docs" / "lonely.ko.md").write_text("# 혼자\n", encoding="utf-8")
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    _assert_failed(build, "docs/lonely.ko.md has no en twin")


def test_printed_html_and_dollars_are_shown_as_printed_never_executed(project, tmp_path):
    """Printed HTML stays text, and so does printed LaTeX: math is converted before snippets are embedded."""
    (project / "snippets" / "prints_html.py").write_text(
        "print('<script>alert(\"pwned\")</script>')\nprint('<b>not bold</b> & <!-- not a comment -->')\n"
        "print('costs $a_t$ and $5')\n"
    )
    _embed_in_index(project, '{{ run("prints_html.py") }}')
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    assert build.returncode == 0, build.log
    for page in (build.site / "index.html", build.site / "en" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html
        assert '<script>alert("pwned")' not in html and "<b>not bold</b>" not in html
        assert "&lt;!-- not a comment --&gt;" in html
        output = html[html.index('class="highlight snippet-output"') :]
        assert "costs $a_t$ and $5" in output[: output.index("</pre>")]


def test_variant_that_raises_names_the_snippet_its_values_and_line(project, tmp_path):
    """A variant is judged like any snippet: its failure fails the build, naming the file, line and values."""
    (project / "snippets" / "variant_fails.py").write_text(
        "MODE = 'ok'  # try: 'ok', 'boom'\nprint('mode', MODE)\nif MODE == 'boom':\n    raise ValueError('boom')\n"
    )
    line = _embed_in_index(project, '{{ run("variant_fails.py") }}')
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    _assert_failed(
        build,
        "snippets/variant_fails.py:4 (the variant MODE=boom)",
        "ValueError: boom",
        f"docs/index.ko.md:{line}",
    )


def test_bad_variant_declarations_fail_one_build_naming_each_snippet_and_line(project, tmp_path):
    """A value that is not a literal, and more than 24 combinations: both reported by one build, before any run."""
    (project / "snippets" / "try_not_literal.py").write_text("import math\nN = 2  # try: 1, 2, math.pi\nprint(N)\n")
    (project / "snippets" / "try_too_many.py").write_text(
        "A = 1  # try: 1, 2, 3, 4, 5\nB = 1  # try: 1, 2, 3, 4, 5\nprint(A, B)\n"
    )
    _embed_in_index(project, '{{ run("try_not_literal.py") }}')
    line = _embed_in_index(project, '{{ run("try_too_many.py") }}')
    build = build_site(project, tmp_path / "site", tmp_path / "cache")
    _assert_failed(
        build,
        "snippets/try_not_literal.py:2: math.pi is not a literal",
        "snippets/try_too_many.py:1: 5 x 5 = 25 variants; at most 24",
        f"docs/index.ko.md:{line}",
    )
    assert "ran in" not in build.log, "nothing runs when a declaration is wrong"
