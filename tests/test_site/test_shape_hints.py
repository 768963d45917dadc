"""The shape hints in the built code blocks equal what an independent run of each snippet finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import NavigableString, Tag

from tests.conftest import LANGUAGES, SNIPPETS, page_path, pages
from tests.site_html import EMBED_RUN, soup

LABEL_START = {"ko": "이 줄을 실행한 뒤의 shape: ", "en": "Shapes after this line: "}


def parse_hint(text: str) -> dict[str, list[str]]:
    """``outputs (1, 5, 2) · states (1, 2)`` -> {"outputs": ["(1, 5, 2)"], "states": ["(1, 2)"]}."""
    parsed = {}
    for part in text.split(" · "):
        name, _, shapes = part.partition(" ")
        parsed[name] = shapes.split(" | ")
    return parsed


def hinted_lines(code: Tag, *, below: bool = False) -> dict[int, tuple[str, str]]:
    """Line number -> (hint text, aria-label) of a code block's end-of-line (or narrow-screen) hints."""
    found, line = {}, 1
    for node in code.descendants:
        if isinstance(node, NavigableString):
            line += node.count("\n")
        elif isinstance(node, Tag) and node.name == "span" and "shape-hint" in node.get_attribute_list("class"):
            if ("shape-hint--below" in node.get_attribute_list("class")) == below:
                found[line] = (str(node["data-hint"]), str(node["aria-label"]))
    return found


def blocks(site: Path, page: str, lang: str) -> list[tuple[str, Tag]]:
    """(snippet name, code element) of every embedded snippet on a built page."""
    found = []
    for run in soup(page_path(site, page, lang)).select(EMBED_RUN):  # variants: tests/test_site/test_variants.py
        code = run.select_one("pre code")
        assert code is not None, f"{page}.{lang}: {run['data-snippet']} has no code block"
        found.append((str(run["data-snippet"]), code))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", pages())
def test_hints_equal_an_independent_run(built_site, shape_oracle, page, lang):
    for name, code in blocks(built_site.site, page, lang):
        wide = hinted_lines(code)
        hints = {line: parse_hint(text) for line, (text, _) in wide.items()}
        assert hints == shape_oracle()[name], f"{page}.{lang}: {name}"
        # the narrow-screen copy, just after the line's newline, says the same, indented like the line
        source = (SNIPPETS / name).read_text(encoding="utf-8").splitlines()
        indent = {line: source[line - 1][: len(source[line - 1]) - len(source[line - 1].lstrip(" "))] for line in wide}
        below = {line - 1: hint for line, hint in hinted_lines(code, below=True).items()}
        assert below == {line: (indent[line] + "↳ " + text, label) for line, (text, label) in wide.items()}
        for _, label in wide.values():
            assert label.startswith(LABEL_START[lang]), label


def test_every_snippet_with_arrays_is_hinted_somewhere(built_site, shape_oracle):
    """Guards the test above against passing on pages without hints."""
    hinted = {name for page in pages() for name, code in blocks(built_site.site, page, "ko") if hinted_lines(code)}
    assert hinted == {name for name, lines in shape_oracle().items() if lines}


def line_hint(site: Path, page: str, lang: str, snippet: str, code_line: str) -> dict[str, list[str]]:
    """The hint on the line of ``snippet`` (as embedded on ``page``) whose code is ``code_line``."""
    source = (SNIPPETS / snippet).read_text(encoding="utf-8").splitlines()
    number = source.index(code_line) + 1
    for name, code in blocks(site, page, lang):
        if name == snippet:
            return parse_hint(hinted_lines(code)[number][0])
    raise AssertionError(f"{snippet} is not on {page}.{lang}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_lesson_shows_outputs_and_states_shapes(built_site, lang):
    line = "outputs, states = rnn(x_data)"
    site = built_site.site
    assert line_hint(site, "rnn-basics", lang, "one_cell_rnn.py", line) == {
        "outputs": ["(1, 1, 2)"],
        "states": ["(1, 2)"],
    }
    assert line_hint(site, "rnn-basics", lang, "hello_sequence_rnn.py", line) == {
        "outputs": ["(1, 5, 2)"],
        "states": ["(1, 2)"],
    }


def test_a_name_reassigned_in_a_loop_shows_each_distinct_shape(built_site):
    hint = line_hint(
        built_site.site,
        "return-sequences-and-state",
        "en",
        "return_sequences_state_combinations.py",
        "        result = rnn(x_data)",
    )
    assert hint == {"result": ["(1, 2)", "((1, 2), (1, 2))", "(1, 5, 2)", "((1, 5, 2), (1, 2))"]}


def test_notebooks_carry_no_hints(built_site):
    notebooks = list(built_site.site.rglob("*.ipynb"))
    assert notebooks, "no notebook in the built site"
    for notebook in notebooks:
        text = notebook.read_text(encoding="utf-8")
        assert "shape-hint" not in text and "data-hint" not in text, notebook
