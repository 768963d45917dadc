"""The unrolled-RNN diagram on docs/rnn-basics shows the shapes of the real "hello" run."""

from __future__ import annotations

import re
from html import unescape

import pytest

from rnn_site.diagrams.__main__ import HELLO, expected_files
from rnn_site.diagrams.rnn_unrolled import LABELS, figure_html, shape_text
from tests.conftest import DOCS, LANGUAGES
from tests.snippet_modules import lazy_snippet

run = lazy_snippet("hello_sequence_rnn")


def _texts(svg: str) -> list[str]:
    return [unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def _real_word() -> str:
    alphabet = "helo"
    return "".join(alphabet[i] for i in run.x_data[0].argmax(axis=1))


def test_the_diagrams_parameters_are_the_real_runs():
    assert HELLO == {
        "word": _real_word(),
        "batch_size": run.x_data.shape[0],
        "input_dim": run.x_data.shape[2],
        "hidden_size": run.outputs.shape[2],
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_arrow_shows_the_shape_of_the_real_run(lang):
    texts = _texts(figure_html(**HELLO, lang=lang))
    steps = run.x_data.shape[1]
    x_t = shape_text(run.x_data[:, 0].shape)  # one time step of the input
    h_t = shape_text(tuple(run.outputs[:, 0].shape))  # one hidden state
    assert texts.count(x_t) == steps  # into each cell
    assert texts.count(h_t) == steps + (steps - 1) + 1  # out of each cell, carried right, and h_0 in
    assert f"outputs {shape_text(tuple(run.outputs.shape))}" in texts
    assert f"states {shape_text(tuple(run.states.shape))}" in texts
    assert f"x_data {shape_text(run.x_data.shape)}" in texts
    assert [t for t in texts if t.startswith("'")] == [f"'{c}'" for c in _real_word()]
    assert texts.count(LABELS[lang]["cell"]) == steps


def test_committed_files_equal_a_fresh_rendering():
    for path, text in expected_files().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run python -m rnn_site.diagrams"


def test_both_pages_include_their_diagram_in_the_same_hello_section():
    positions = []
    for lang in LANGUAGES:
        page = (DOCS / f"rnn-basics.{lang}.md").read_text(encoding="utf-8")
        include = f'--8<-- "rnn-unrolled-hello.{lang}.html"'
        assert page.count(include) == 1, lang
        sections = re.split(r"^## ", page, flags=re.M)
        index = next(i for i, section in enumerate(sections) if include in section)
        assert '{{ run("hello_sequence_rnn.py") }}' in sections[index], lang  # the "hello" section
        positions.append(index)
    assert len(set(positions)) == 1


def test_diagram_follows_the_theme():
    svg = figure_html(**HELLO, lang="en")
    assert "currentColor" in svg
    assert not re.search(r"#000\b|#000000|black|font-family:\s*['\"]?[A-Z]", svg)  # no fixed ink, no named font
    assert "<text" in svg and "\n\n" not in svg
