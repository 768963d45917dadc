"""Rendering: code fenced safely, output and arrays escaped, labels per language."""

from rnn_site.execution.render import render_embed
from rnn_site.execution.runner import ArrayInfo, RunResult


def test_output_is_html_escaped():
    result = RunResult(output="<script>alert('x')</script> & <b>bold</b>\n")
    html = render_embed("x.py", "print(1)\n", result, "en")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html


def test_code_with_backtick_fences_gets_a_longer_fence():
    code = 'doc = """\n```\nnot the end\n```\n"""\n'
    html = render_embed("x.py", code, RunResult(output=""), "en")
    assert '````python title="snippets/x.py"' in html
    assert html.count("````") == 2


def test_array_table_and_language_labels():
    result = RunResult(
        output="hi\n", arrays=(ArrayInfo("outputs", (1, 5, 2), "float32"), ArrayInfo("bias", (2,), "float32"))
    )
    ko = render_embed("x.py", "", result, "ko")
    en = render_embed("x.py", "", result, "en")
    assert "출력" in ko and "Output" in en
    assert "<code>(1, 5, 2)</code>" in en and "<code>(2,)</code>" in en
    assert ko.index("outputs") < ko.index("bias")


def test_not_executed_shows_code_and_a_note():
    html = render_embed("x.py", "print(1)\n", None, "ko")
    assert "print(1)" in html and "SNIPPET_EXEC=off" in html and "snippet-output" not in html


def test_a_block_id_names_the_code_block_and_its_line_anchors():
    import markdown

    from rnn_site.execution.embeds import RENDER_EXTENSIONS

    text = render_embed("x.py", "print(1)\n", None, "en", block_id="snippet-2")
    html = markdown.markdown(
        text, extensions=list(RENDER_EXTENSIONS), extension_configs={"pymdownx.highlight": {"anchor_linenums": True}}
    )
    assert 'id="snippet-2"' in html and "__codelineno-snippet-2-1" in html and "snippets/x.py" in html


def test_figure_ids_get_a_prefix_of_their_own_and_references_follow():
    from rnn_site.execution.render import scope_ids

    svg = '<svg><g id="figure_1"><path id="p1" clip-path="url(#c1)"/><use xlink:href="#p1"/></g></svg>'
    scoped = scope_ids(svg, "plot-0")
    assert scoped == (
        '<svg><g id="plot-0-figure_1"><path id="plot-0-p1" clip-path="url(#plot-0-c1)"/>'
        '<use xlink:href="#plot-0-p1"/></g></svg>'
    )
