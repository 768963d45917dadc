"""LaTeX in Markdown becomes MathML; code is left alone; broken LaTeX names its page and line."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
import pytest

from rnn_site.mathml.convert import MathError, extract_math, latex_to_mathml, placeholder, restore_math

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
    "latex", [r"\frac{a}", r"x^", r"\unknowncommand{x}", r"{a", r"a}", r"x^1^2", "  ", r"\begin{aligned} a &= b \end{aligned}"]
)
def test_broken_latex_is_an_error(latex):
    with pytest.raises(ValueError):
        latex_to_mathml(latex, display=False)


def test_inline_and_display_math_are_found_and_code_is_skipped():
    source = "\n".join(
        [
            "Text $h_t$ and `$x$` and ``a $b$ c`` here.",  # 1
            "",  # 2
            "$$",  # 3
            r"h_t = \tanh(x_t W)",  # 4
            "$$",  # 5
            "```python",  # 6
            "print('$$ and $x$')",  # 7
            "```",  # 8
            "Costs $5 or $6, and \\$7.",  # 9
        ]
    )
    out, formulas = extract_math(source, "docs/p.md")
    assert [(f.latex.strip(), f.display, f.line) for f in formulas] == [
        ("h_t", False, 1),
        (r"h_t = \tanh(x_t W)", True, 3),
    ]
    lines = out.split("\n")
    assert len(lines) == 9  # line numbers stay the source's
    assert lines[0] == f"Text {placeholder(0)} and `$x$` and ``a $b$ c`` here."
    assert lines[2] == placeholder(1)
    assert lines[6] == "print('$$ and $x$')"
    assert lines[8] == "Costs $5 or $6, and &#36;7."


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("ok\n\nbad $x^$ here", 3, "cannot convert"),
        ("ok\n$$\n\\frac{a}\n$$", 2, "cannot convert"),
        ("ok\n\n$$\nh_t\n", 3, "never closed"),
        ("## Title $h_t$\n", 1, "heading"),
    ],
)
def test_errors_name_page_and_line(source, line, words):
    with pytest.raises(MathError) as caught:
        extract_math(source, "docs/lesson.ko.md")
    assert str(caught.value).startswith(f"docs/lesson.ko.md:{line}: ")
    assert words in str(caught.value)


def test_round_trip_through_markdown_keeps_mathml_intact():
    source = "The state $h_{t-1}$ and *emphasis*.\n\n$$\na_1 * b_2 * c_3\n$$\n\n- item $x_t$\n"
    text, formulas = extract_math(source)
    html = restore_math(markdown.markdown(text), formulas)
    assert "$" not in html and "MATHMLPLACEHOLDER" not in html
    assert html.count("<math") == 3
    assert '<div class="math-display"><math' in html  # display math is a block, not inside <p>
    assert "<em>emphasis</em>" in html and "<em>" not in html.split("<em>emphasis</em>")[1]  # no * mangled


def test_a_lost_placeholder_is_an_error():
    _, formulas = extract_math("text $x$\n")
    with pytest.raises(MathError, match=":1: "):
        restore_math("<p>text</p>", formulas)


def test_math_left_as_text_in_rendered_html_becomes_mathml():
    from rnn_site.mathml.convert import html_math_to_mathml

    html = "<p>at step $t$:</p>\n<p>$$\n\\mathbf{h}_t = \\tanh(\\mathbf{b})\n$$</p>\n<p><code>x</code></p>"
    out = html_math_to_mathml(html, page="nb")
    assert "$" not in out and out.count("<math") == 2 and '<div class="math-display">' in out
    assert "<code>x</code>" in out
