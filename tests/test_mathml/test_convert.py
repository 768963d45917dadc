"""LaTeX in Markdown becomes MathML; code is left alone; broken LaTeX names its page and line."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
import pytest

from rnn_site.execution.embeds import PAGE_EXTENSIONS
from rnn_site.mathml.convert import MathError, latex_to_mathml
from rnn_site.mathml.extension import MathExtension
from rnn_site.reading import read_markdown


def to_html(source: str, page: str = "docs/p.md") -> str:
    reader = MathExtension()
    reader.begin(page)
    return markdown.Markdown(extensions=[*PAGE_EXTENSIONS, "toc", reader]).convert(source)


NS = "{http://www.w3.org/1998/Math/MathML}"


def _tags(mathml: str) -> list[str]:
    return [element.tag.removeprefix(NS) for element in ET.fromstring(mathml).iter()]


def test_the_rnn_recurrence():
    mathml = latex_to_mathml(r"h_t = \tanh(x_t W + h_{t-1} U + b)", display=True)
    root = ET.fromstring(mathml)
    assert root.tag == f"{NS}math" and root.get("display") == "block"
    assert _tags(mathml).count("msub") == 3  # h_t, x_t, h_{t-1}
    assert "tanh" in [e.text for e in root.iter(f"{NS}mi")]


@pytest.mark.parametrize(
    ("latex", "must_contain"),
    [
        (r"\sigma(x)", "mi"),
        (r"\frac{1}{1 + e^{-x}}", "mfrac"),
        (r"c_t = f_t \odot c_{t-1} + i_t \odot \tilde{c}_t", "mover"),
        (r"W \in \mathbb{R}^{4 \times 2}", "msup"),
        (r"\sqrt{d}", "msqrt"),
    ],
)
def test_sample_formulas_convert(latex, must_contain):
    mathml = latex_to_mathml(latex, display=False)
    assert must_contain in _tags(mathml)
    assert ET.fromstring(mathml).get("display") == "inline"


@pytest.mark.parametrize(
    "latex",
    [r"\frac{a}", r"x^", r"\unknowncommand{x}", r"{a", r"a}", r"x^1^2", "  ", r"\begin{aligned} a &= b \end{aligned}"],
)
def test_broken_latex_is_an_error(latex):
    with pytest.raises(ValueError):
        latex_to_mathml(latex, display=False)


def test_inline_and_display_math_become_mathml_and_code_is_skipped():
    source = "\n".join(
        [
            "Text $h_t$ and `$x$` and ``a $b$ c`` here.",
            "",
            "$$",
            r"h_t = \tanh(x_t W)",
            "$$",
            "",
            "```python",
            "print('$$ and $x$')",
            "```",
            "",
            "Costs $5 or $6, and \\$7.",
        ]
    )
    html = to_html(source)
    assert html.count("<math") == 2
    assert "<code>$x$</code>" in html and "<code>a $b$ c</code>" in html
    assert '<div class="math-display"><math' in html and "<p><div" not in html  # display math is a block
    assert "print(&#39;$$ and $x$&#39;)" in html or "$$ and $x$" in html
    assert "Costs $5 or $6, and $7." in html


def test_math_inside_blocks_and_headings():
    html = to_html('!!! note "N"\n    inside $x_t$\n\n=== "Tab"\n\n    tab $y$\n\n## Head $h$\n')
    assert html.count("<math") == 3
    assert html.index("<math") > html.index('class="admonition note"')


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("ok\n\nbad $x^$ here", 3, "cannot convert"),
        ("ok\n\n$$\n\\frac{a}\n$$", 4, "cannot convert"),
        ("ok\n\n$$\nh_t\n", 4, "never closed"),
        ("ok\n\n!!! note\n    bad $\\frac{a}$\n", 4, "cannot convert"),
    ],
)
def test_errors_name_page_and_line(source, line, words):
    with pytest.raises(MathError) as caught:
        to_html(source, "docs/lesson.ko.md")
    assert str(caught.value).startswith(f"docs/lesson.ko.md:{line}: ")
    assert words in str(caught.value)
    problems = list(read_markdown(source, "docs/lesson.ko.md", extensions=PAGE_EXTENSIONS).math_problems)
    assert len(problems) == 1 and problems[0] == str(caught.value), "collecting reports the same, once"


def test_mathml_survives_markdown_intact():
    html = to_html("The state $h_{t-1}$ and *emphasis*.\n\n$$\na_1 * b_2 * c_3\n$$\n\n- item $x_t$\n")
    assert "$" not in html
    assert html.count("<math") == 3
    assert "<em>emphasis</em>" in html and "<em>" not in html.split("<em>emphasis</em>")[1]  # no * mangled
