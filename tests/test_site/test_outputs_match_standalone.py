"""Every output on every built page equals a fresh ``python snippets/<name>.py`` run.

The standalone runs are real fresh interpreters, the judge of the build's fork
server; they run in the background from the start of the session
(``standalone_runs`` in tests/conftest.py).
"""

from __future__ import annotations

import re

import pytest

from rnn_site.execution.embeds import find_embeds
from rnn_site.execution.hints import code_text
from rnn_site.execution.noise import strip_startup_noise
from tests.conftest import DOCS, LANGUAGES, page_path, pages, variant_runs, variant_text
from tests.site_html import omitted_lines, shown_runs, soup


@pytest.mark.page_scoped  # its verdict is kept while the page and the snippets it embeds stay the same
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", pages())
def test_page_shows_each_embed_with_the_standalone_output(built_site, standalone_runs, page, lang):
    built = soup(page_path(built_site.site, page, lang))
    embeds = [e.name for e in find_embeds((DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8"))]
    runs = shown_runs(built)
    assert [name for name, _ in runs] == embeds
    for (name, shown), omitted in zip(runs, omitted_lines(built), strict=True):
        standalone = standalone_runs(name)
        assert standalone.returncode == 0, standalone.output
        # what a reader sees, minus TensorFlow's start-up lines
        full = strip_startup_noise(standalone.output)[0].rstrip("\n").split("\n")
        expected = full[: len(full) - omitted]  # a long output is cut on the page: it shows the start of the real one
        assert shown.split("\n") == expected, f"{page}.{lang}: {name} differs from a fresh run"


@pytest.mark.page_scoped
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", pages())
def test_page_shows_each_variant_with_its_standalone_output(built_site, standalone_runs, page, lang):
    """Each variant's panel shows the variant's own text (made here from the file) and what ``python`` prints for it."""
    built = soup(page_path(built_site.site, page, lang))
    for group in built.select("div.snippet-variants"):
        name = group["data-snippet"]
        panels = group.select("div.snippet-variant")
        runs = [f"{name}?{panel['data-variant']}" for panel in panels[1:]]
        assert runs == variant_runs(name), f"{page}.{lang}: {name} shows other variants than it declares"
        assert panels[0]["data-variant"] == group["data-default"] and not panels[0].has_attr("hidden")
        for panel, run in zip(panels[1:], runs, strict=True):
            assert panel.has_attr("hidden"), f"{run}: only the default shows before the reader picks another"
            block = panel.select_one("div.snippet-run.snippet-run--variant")
            assert code_text(str(block.select_one("pre code"))).rstrip("\n") == variant_text(run).rstrip("\n"), run
            standalone = standalone_runs(run)
            assert standalone.returncode == 0, standalone.output
            output = block.select_one(".snippet-output pre code")
            note = block.select_one(".snippet-output__omitted")
            omitted = int(note["data-omitted-lines"]) if note else 0
            full = strip_startup_noise(standalone.output)[0].rstrip("\n").split("\n")
            shown = output.get_text() if output else ""
            assert shown.split("\n") == full[: len(full) - omitted], f"{page}.{lang}: {run} differs from a fresh run"


def test_rnn_basics_shows_the_lessons_shapes(built_site):
    for lang in LANGUAGES:
        text = soup(page_path(built_site.site, "rnn-basics", lang)).get_text()
        for shape in ["(1, 1, 4)", "(1, 1, 2)", "(1, 2)", "(1, 5, 4)", "(1, 5, 2)", "(3, 5, 4)", "(3, 5, 2)", "(3, 2)"]:
            assert f"shape: {shape}" in text, (lang, shape)


def test_each_snippet_ran_once_for_both_languages(built_site):
    """Each embedded snippet, and each variant of one (logged with its values), ran once for both languages."""
    ran = [
        name + (f"?{key}" if key else "")
        for name, key in re.findall(r"\] snippets/(\S+)(?: \[(\S+)\])? ran in [\d.]+s", built_site.log)
    ]
    embedded = {e.name for p in DOCS.glob("*.md") for e in find_embeds(p.read_text(encoding="utf-8"))}
    assert sorted(ran) == sorted(embedded | {run for name in embedded for run in variant_runs(name)}), built_site.log


def test_no_tensorflow_startup_noise_in_the_log_or_pages(built_site):
    noise = ("oneDNN custom operations", "cuda drivers", "cuInit", "absl::InitializeLog", "cpu_feature_guard")
    assert not any(n in built_site.log for n in noise), built_site.log
    for html in built_site.site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert not any(n in text for n in noise), html
