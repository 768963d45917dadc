"""Figures a snippet draws with matplotlib reach the page as deterministic, theme-aware SVG."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rnn_site.execution.figures import PAPER, theme_svg
from rnn_site.execution.render import render_embed
from rnn_site.execution.runner import ArrayInfo, RunResult, run_snippet
from tests.conftest import REPO

PLOTS = textwrap.dedent(
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([0, 1, 2], [0, 1, 4], label='squares')
    ax.set_title('a title')
    ax.legend()
    print('drawn')
    plt.show()
    """
)
# Reports, at interpreter exit (after the figures were captured), whether anything imported matplotlib.
NO_PLOTS = textwrap.dedent(
    """
    import atexit
    import sys

    atexit.register(lambda: print('matplotlib imported:', 'matplotlib' in sys.modules))
    print('no figure here')
    """
)


def _run(tmp_path: Path, name: str, source: str) -> RunResult:
    snippet = tmp_path / name
    snippet.write_text(source, encoding="utf-8")
    return run_snippet(snippet, timeout=60, cwd=REPO)


@pytest.fixture(scope="module")
def plotted(tmp_path_factory) -> tuple[RunResult, RunResult]:
    """The same plotting snippet run twice, each in its own fresh interpreter."""
    tmp = tmp_path_factory.mktemp("figures")
    return _run(tmp, "plots.py", PLOTS), _run(tmp, "plots.py", PLOTS)


def test_a_snippet_with_one_figure_yields_one_svg(plotted):
    first, _ = plotted
    assert first.output == "drawn\n"
    assert len(first.figures) == 1
    svg = first.figures[0]
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")


def test_figures_are_byte_identical_across_runs(plotted):
    first, second = plotted
    assert first.figures == second.figures


def test_figure_svg_is_theme_aware_and_self_contained(plotted):
    svg = plotted[0].figures[0]
    assert "#000000" not in svg and "#ffffff" not in svg  # ink and paper follow the page's scheme
    assert 'fill="currentColor"' in svg.split(">", 1)[0]  # glyphs drawn without a fill use the text colour
    assert "<text" not in svg and "font-family" not in svg  # text drawn as paths: no font needed
    assert "<?xml" not in svg and "<!DOCTYPE" not in svg and "<metadata" not in svg
    assert "*{" not in svg.replace(" ", "")  # matplotlib's page-wide style is not carried along
    assert "\n\n" not in svg  # a blank line would end Markdown's raw HTML block


def test_a_snippet_without_matplotlib_yields_no_figure_and_never_imports_it(tmp_path):
    result = _run(tmp_path, "no_plots.py", NO_PLOTS)
    assert result.figures == ()
    assert result.output == "no figure here\nmatplotlib imported: False\n"


def test_theme_svg_rewrites_colours_and_size():
    raw = (
        '<?xml version="1.0" encoding="utf-8" standalone="no"?>\n<!DOCTYPE svg>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="460pt" height="345pt" viewBox="0 0 460 345" version="1.1">\n'
        '<metadata>x</metadata>\n<defs>\n<style type="text/css">*{stroke-linejoin: round}</style>\n</defs>\n\n'
        '<path style="fill: #ffffff; stroke: #000000"/>\n<path style="stroke: #1f77b4"/>\n</svg>\n'
    )
    svg = theme_svg(raw)
    assert svg.startswith('<svg class="snippet-plot" fill="currentColor"')
    assert 'width="460pt"' not in svg and 'viewBox="0 0 460 345"' in svg
    assert f"fill: {PAPER}; stroke: currentColor" in svg
    assert "stroke: #1f77b4" in svg  # data colours stay
    assert "<metadata" not in svg and "<style" not in svg and "\n\n" not in svg


def test_result_with_figures_survives_the_cache_format():
    result = RunResult("out\n", (ArrayInfo("x", (1, 2), "float32"),), 1.0, 0, ("<svg>a</svg>\n",))
    assert RunResult.from_dict(result.to_dict()) == result


def test_figures_render_after_the_output_inside_figure_elements():
    result = RunResult(
        "printed\n", (ArrayInfo("x", (1,), "float32"),), figures=("<svg>one</svg>\n", "<svg>two</svg>\n")
    )
    markdown = render_embed("plot.py", "print('printed')\n", result, "en")
    output, one, two, arrays = (
        markdown.index(s) for s in ("snippet-output", ">one</svg>", ">two</svg>", "snippet-arrays")
    )
    assert output < one < two < arrays
    assert (
        markdown.count(
            '<figure class="snippet-figure">\n<svg role="img" aria-label="A chart drawn by snippets/plot.py.">'
        )
        == 2
    )
