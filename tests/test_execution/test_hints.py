"""hints: line shapes drawn into the HTML that pymdownx.highlight made for a snippet's code block."""

from __future__ import annotations

import html

import markdown
import pytest

from rnn_site.execution.hints import add_hints, add_page_hints, code_text, hint_label, hint_text
from rnn_site.execution.shapes import ArrayShape, LineShapes, NameShapes, SequenceShape

SOURCE = 'import numpy as np\nx = np.zeros((1, 5, 4))  # "<x>" & co\nfor t in range(2):\n    h = x[:, t]\nprint(h)\n'
F32 = "float32"
SHAPES = (
    LineShapes(2, (NameShapes("x", (ArrayShape((1, 5, 4), F32),)),)),
    LineShapes(4, (NameShapes("h", (ArrayShape((1, 4), F32),)),)),
)


def page(source: str = SOURCE, name: str = "demo.py", **highlight) -> str:
    """A snippet block as the site builds it: Python-Markdown, pymdownx.highlight and superfences."""
    text = f'<div class="snippet-run" data-snippet="{name}" markdown>\n\n```python title="snippets/{name}"\n{source}```\n\n</div>\n'
    config = {"pymdownx.highlight": {"anchor_linenums": True, **highlight}}
    return markdown.markdown(
        text, extensions=["md_in_html", "pymdownx.highlight", "pymdownx.superfences"], extension_configs=config
    )


def code_of(page_html: str) -> str:
    start = page_html.index("<code>") + len("<code>")
    return page_html[start : page_html.index("</code>", start)]


def test_hint_text_and_spoken_label():
    line = LineShapes(
        18, (NameShapes("outputs", (ArrayShape((1, 5, 2), F32),)), NameShapes("states", (ArrayShape((1, 2), F32),)))
    )
    assert hint_text(line) == "outputs (1, 5, 2) · states (1, 2)"
    assert hint_label(line, "en") == "Shapes after this line: outputs (1, 5, 2), states (1, 2)"
    assert hint_label(line, "ko") == "이 줄을 실행한 뒤의 shape: outputs (1, 5, 2), states (1, 2)"
    loop = LineShapes(
        40, (NameShapes("result", (ArrayShape((None, 2), F32), SequenceShape("tuple", (ArrayShape((2,), F32),)))),)
    )
    assert hint_text(loop) == "result (None, 2) | ((2,),)"
    assert hint_label(loop, "ko").endswith("result (None, 2) 또는 ((2,),)")


def test_hints_go_at_the_end_of_their_lines_and_add_no_text():
    built = page()
    hinted, problems = add_page_hints(built, lambda name, variant: (SOURCE, SHAPES), "en")
    assert problems == []
    code = code_of(hinted)
    assert code_text(code) == SOURCE  # what innerText and selections see: the file, nothing more
    lines = code.split("\n")
    assert lines[1].endswith('data-hint="x (1, 5, 4)"></span>')
    assert 'role="note" aria-label="Shapes after this line: x (1, 5, 4)"' in lines[1]
    assert lines[3].endswith('data-hint="h (1, 4)"></span>')
    # the narrow-screen copy starts the next line, indented like the hinted line
    assert lines[2].startswith('<span class="shape-hint shape-hint--below"') and 'data-hint="↳ x (1, 5, 4)"' in lines[2]
    assert 'data-hint="    ↳ h (1, 4)"' in lines[4]
    assert "shape-hint" not in lines[0] + lines[5]


def test_only_the_code_block_changes():
    built = page().replace(
        "</div>", '<div class="highlight snippet-output"><pre><code>x (1, 5, 4)\n</code></pre></div></div>'
    )
    hinted, _ = add_page_hints(built, lambda name, variant: (SOURCE, SHAPES), "en")
    assert hinted.replace(code_of(hinted), "") == built.replace(code_of(built), "")


def test_each_block_gets_its_own_snippets_shapes():
    other = "import numpy as np\nx = np.ones(3)\n"
    built = page() + page(other, "other.py")
    results = {
        "demo.py": (SOURCE, SHAPES),
        "other.py": (other, (LineShapes(2, (NameShapes("x", (ArrayShape((3,), F32),)),)),)),
    }
    hinted, problems = add_page_hints(built, lambda name, variant: results.get(name), "ko")
    assert problems == []
    assert hinted.count('class="shape-hint"') == 3
    assert 'data-hint="x (3,)"' in hinted.split('data-snippet="other.py"')[1]
    assert 'data-hint="x (3,)"' not in hinted.split('data-snippet="other.py"')[0]


def test_a_block_that_does_not_show_the_file_gets_no_hints():
    built = page()
    hinted, problems = add_page_hints(
        built, lambda name, variant: (SOURCE.replace("print(h)", "print(x)"), SHAPES), "en"
    )
    assert hinted == built and problems == ["demo.py"]


def test_unknown_snippets_and_runs_without_shapes_are_left_alone():
    built = page()
    assert add_page_hints(built, lambda name, variant: None, "en") == (built, [])
    assert add_page_hints(built, lambda name, variant: (SOURCE, ()), "en") == (built, [])


@pytest.mark.parametrize("highlight", [{"linenums": True}, {"linenums": True, "linenums_style": "pymdownx-inline"}])
def test_other_highlight_layouts(highlight):
    """Line numbers in a table or inline still leave one line of code per newline."""
    built = page(**highlight)
    hinted, problems = add_page_hints(built, lambda name, variant: (SOURCE, SHAPES), "en")
    assert problems == [] and hinted.count('class="shape-hint"') == 2


def test_attributes_are_escaped():
    line = LineShapes(1, (NameShapes('a"<b>', (ArrayShape((1,), F32),)),))
    out = add_hints("a = 1\n", [line], "en")
    assert 'data-hint="a&quot;&lt;b&gt; (1,)"' in out and "<b>" not in out
    assert html.unescape(code_text(out)) == "a = 1\n"
