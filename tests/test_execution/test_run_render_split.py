"""The execution package's two sides: what runs a snippet (in every cache key) and what renders a result (not).

Editing a module that only reads pages or renders records (``cache.PAGE_SIDE``) runs no snippet
again; no run-side module imports one of them, so the run cannot depend on code the key leaves out.
The run side and the Python-Markdown extensions work without MkDocs: a page renders with
Python-Markdown alone, snippets and math included, and MkDocs is never imported.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rnn_site.execution import cache
from rnn_site.execution.batch import collect_results
from rnn_site.execution.cache import ResultCache
from rnn_site.execution.record import RunResult

PACKAGE = Path(cache.__file__).parent


def _imported_siblings(path: Path) -> set[str]:
    """The modules of the execution package that ``path`` imports (anywhere in it, functions included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0] + ".py")
            elif node.level == 1:
                found.update(f"{alias.name}.py" for alias in node.names)
            elif node.module and node.module.startswith("rnn_site.execution."):
                found.add(node.module.split(".")[2] + ".py")
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.split(".")[2] + ".py" for alias in node.names if alias.name.startswith("rnn_site.execution.")
            )
    return found


def test_no_run_side_module_imports_the_page_side():
    run_side = sorted(path for path in PACKAGE.glob("*.py") if path.name not in cache.PAGE_SIDE)
    assert {path.name for path in run_side} >= {"child.py", "runner.py", "forkserver.py", "cache.py", "batch.py"}
    leaks = {path.name: sorted(_imported_siblings(path) & cache.PAGE_SIDE) for path in run_side}
    assert {name: found for name, found in leaks.items() if found} == {}


def test_the_rest_of_the_tooling_uses_only_the_public_modules_of_execution():
    tooling = PACKAGE.parent
    private = {}
    for path in sorted(tooling.rglob("*.py")):
        if PACKAGE in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("rnn_site.execution"):
                if node.module not in {"rnn_site.execution.public", "rnn_site.execution.plugin"}:
                    private.setdefault(path.relative_to(tooling).as_posix(), []).append(node.module)
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names if alias.name.startswith("rnn_site.execution")]
                if names:
                    private.setdefault(path.relative_to(tooling).as_posix(), []).extend(names)
    assert private == {}


@pytest.mark.parametrize("module", sorted(cache.PAGE_SIDE))
def test_editing_a_page_side_module_runs_no_snippet_again(module, tmp_path):
    tooling = Path(shutil.copytree(PACKAGE, tmp_path / "execution", ignore=shutil.ignore_patterns("__pycache__")))
    project = tmp_path / "project"
    (project / "snippets").mkdir(parents=True)
    (project / "snippets" / "a.py").write_text("print('a')\n", encoding="utf-8")
    store = ResultCache(tmp_path / "cache")

    def build() -> list[str]:
        ran: list[str] = []

        def run(path: Path) -> RunResult:
            ran.append(path.name)
            return RunResult(output="a\n", source=path.read_text(encoding="utf-8"))

        context = {"tooling": cache.tooling_digest(tooling)}
        collect_results([project / "snippets" / "a.py"], project, memory={}, cache=store, run=run, context=context)
        return ran

    assert build() == ["a.py"]
    with open(tooling / module, "a", encoding="utf-8") as handle:
        handle.write("\n# a change to how a result is shown\n")
    assert build() == []
    with open(tooling / "child.py", "a", encoding="utf-8") as handle:
        handle.write("\n# a change to how a snippet runs\n")
    assert build() == ["a.py"]


_WITHOUT_MKDOCS = r"""
import json, sys
from pathlib import Path
import markdown
from rnn_site.execution import batch, cache, child, executor, forkclient, forkserver, runner, shapes
from rnn_site.execution.embeds import SnippetEmbeds
from rnn_site.execution.render import render_embed
from rnn_site.mathml.extension import MathExtension
from rnn_site.reading import read_markdown

snippet = Path(sys.argv[1])
result = runner.run_snippet(snippet, timeout=60)
reader = SnippetEmbeds(render=lambda embed: render_embed(embed.name, result.source, result, "en"))
reader.begin("page.md")
math = MathExtension()
html = markdown.Markdown(extensions=["admonition", "attr_list", "md_in_html", math, reader]).convert(
    '# Page\n\nThe state $h_t$ of the cell.\n\n!!! note\n\n    {{ run("hello.py") }}\n'
)
found = read_markdown('# Page\n\nBad $\\frac{a}$.\n\n{{ run("hello.py") }}\n', "page.md")
print(json.dumps({
    "html": html,
    "reading": [[e.name, e.line] for e in found.embeds] + list(found.math_problems) + list(found.headings),
    "mkdocs": sorted(m for m in sys.modules if m.split(".")[0] == "mkdocs"),
}))
"""


def test_the_run_side_and_the_markdown_extensions_render_a_page_without_mkdocs(tmp_path):
    snippet = tmp_path / "hello.py"
    snippet.write_text("import sys\nprint('hello', len(sys.argv))\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _WITHOUT_MKDOCS, str(snippet)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.splitlines()[-1])
    assert seen["mkdocs"] == []
    assert '<div class="admonition note">' in seen["html"] and 'data-snippet="hello.py"' in seen["html"]
    assert "hello 1" in seen["html"] and "<math" in seen["html"]
    assert (
        seen["reading"][0] == ["hello.py", 5]
        and seen["reading"][1].startswith("page.md:3: ")
        and seen["reading"][2] == 1
    )
