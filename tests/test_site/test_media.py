"""The built pages carry their math as MathML, their pictures as inline SVG, and load nothing from a CDN."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import LANGUAGES, build_site, copy_project, page_path
from tests.site_html import soup


def _soup(built_site, page: str, lang: str) -> BeautifulSoup:
    return soup(page_path(built_site.site, page, lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_math_is_mathml_and_no_latex_is_left(built_site, lang):
    soup = _soup(built_site, "rnn-basics", lang)
    display = soup.select("div.math-display > math[display=block]")
    assert len(display) == 1  # the recurrence
    assert [msub.get_text() for msub in display[0].select("msub")] == ["ht", "xt", "ht−1"]
    assert len(soup.select("math[display=inline]")) >= 10
    text = soup.select_one("article").get_text()
    assert "$$" not in text and "\\tanh" not in text and "MATHMLPLACEHOLDER" not in str(soup)


def test_no_page_uses_mathjax_or_katex(built_site):
    """Math is MathML written at build time: no page names a JavaScript math renderer.

    (That no page loads anything from another site is tests/test_site/test_no_network.py.)
    """
    pages = sorted(built_site.site.rglob("*.html"))
    assert len(pages) > 50
    assert [p for p in pages if re.search(r"mathjax|katex", p.read_text(encoding="utf-8"), flags=re.I)] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_unrolled_diagram_is_inline_in_the_hello_section(built_site, lang):
    soup = _soup(built_site, "rnn-basics", lang)
    (figure,) = soup.select("figure.diagram")
    assert figure.select_one("svg.rnn-unrolled") is not None
    assert '"hello"' in figure.find_previous("h2").get_text()
    assert figure.find_next("div", class_="snippet-run")["data-snippet"] == "hello_sequence_rnn.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_hidden_state_plot_follows_its_output(built_site, lang):
    soup = _soup(built_site, "rnn-basics", lang)
    run = soup.select_one('div.snippet-run[data-snippet="hello_hidden_state_plot.py"]')
    figures = run.select("figure.snippet-figure > svg.snippet-plot")
    assert len(figures) == 1
    assert run.select_one(".snippet-output").find_next("figure") is figures[0].parent
    assert "#000000" not in str(figures[0])


def test_no_other_snippet_has_a_figure(built_site):
    for lang in LANGUAGES:
        soup = _soup(built_site, "rnn-basics", lang)
        with_figures = [r["data-snippet"] for r in soup.select("div.snippet-run") if r.select("figure")]
        assert with_figures == ["hello_hidden_state_plot.py"]


def test_broken_latex_fails_the_build_with_page_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "index.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA broken formula: $\\frac{a}$.\n", encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    build = build_site(project, tmp_path / "site", tmp_path / "cache", SNIPPET_EXEC="off")
    assert build.returncode != 0, build.log
    assert f"docs/index.en.md:{line}: cannot convert $\\frac{{a}}$" in build.log, build.log
    assert not (Path(build.site) / "index.html").exists()
