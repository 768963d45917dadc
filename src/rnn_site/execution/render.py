"""Turn a snippet and its run into the Markdown a page shows.

The code goes in a fenced block (highlighted, with Material's copy button);
the output and the array table are emitted as escaped HTML so nothing a
snippet prints can be read as Markdown or HTML.
"""

from __future__ import annotations

import html
import re

from rnn_site.labels import RENDER, words

from .figure_alt import label_figure
from .runner import RunResult, SnippetFailed
from .truncate import cut_output, omitted_note


def labels(lang: str) -> dict[str, str]:
    return words(RENDER, lang)


def _fence(code: str) -> str:
    """A backtick fence longer than any backtick run inside ``code``."""
    longest, run = 0, 0
    for char in code:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def _shape(shape: tuple[int | None, ...]) -> str:
    return "(" + ", ".join("None" if d is None else str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def render_output(output: str, lang: str, max_lines: int | None = None) -> str:
    cut = cut_output(output, max_lines)  # long output: its first lines and a note (truncate.py)
    return (
        f'<div class="highlight snippet-output"><span class="filename">{labels(lang)["output"]}</span>'
        f"<pre><code>{html.escape(cut.shown)}</code></pre>{omitted_note(cut, lang)}</div>"
    )


def render_arrays(result: RunResult, lang: str) -> str:
    words = labels(lang)
    rows = "".join(
        f"<tr><td><code>{html.escape(a.name)}</code></td><td><code>{_shape(a.shape)}</code></td>"
        f"<td><code>{html.escape(a.dtype)}</code></td></tr>"
        for a in result.arrays
    )
    return (
        f'<div class="snippet-arrays"><p class="snippet-arrays__title">{words["arrays"]}</p>'
        f"<table><thead><tr><th>{words['name']}</th><th>shape</th><th>dtype</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )


_SVG_ID = re.compile(r'(\sid="|url\(#|href="#)([^"\)]+)')


def scope_ids(svg: str, prefix: str) -> str:
    """``svg`` with every element id (and each reference to one) prefixed: matplotlib names the parts
    of every figure alike (``figure_1``, ``axes_1``), so two figures on one page would share ids."""
    return _SVG_ID.sub(lambda m: f"{m[1]}{prefix}-{m[2]}", svg)


def render_figure(svg: str) -> str:
    """One captured figure (already theme-aware SVG from ``figures.theme_svg``), as a raw HTML block."""
    return f'<figure class="snippet-figure">\n{svg.strip()}\n</figure>\n'


def render_embed(
    name: str, code: str, result: RunResult | None, lang: str, block_id: str = "", max_output_lines: int | None = None
) -> str:
    """Markdown for one embed: code, then output, figures and arrays (or a note if not executed).

    ``block_id`` (unique on the page) names the code block, so its line anchors are unique too.
    Output longer than ``max_output_lines`` shows its first lines and a note (``truncate.py``).
    """
    fence = _fence(code)
    info = f'{{.python #{block_id} title="snippets/{name}"}}' if block_id else f'python title="snippets/{name}"'
    parts = [
        f'<div class="snippet-run" data-snippet="{html.escape(name)}" markdown>',
        "",
        f"{fence}{info}",
        code.rstrip("\n"),
        fence,
        "",
    ]
    if result is None:
        parts += [f'<p class="snippet-skipped">{labels(lang)["skipped"]}</p>', ""]
    else:
        if result.output.strip():
            parts += [render_output(result.output, lang, max_output_lines), ""]
        stem = name.removesuffix(".py")
        parts += [  # each with its text alternative and ids of its own
            render_figure(scope_ids(label_figure(svg, name, lang), f"{stem}-{i}"))
            for i, svg in enumerate(result.figures)
        ]
        if result.arrays:
            parts += [render_arrays(result, lang), ""]
    parts += ["</div>", ""]
    return "\n".join(parts)


def render_failure(name: str, code: str, failure: SnippetFailed, lang: str, block_id: str = "") -> str:
    """Markdown for an embed whose snippet failed (``mkdocs serve`` only): the code, the error, the output so far."""
    words = labels(lang)
    fence = _fence(code)
    where = f"snippets/{name}" + (f", {words['line'].format(line=failure.line)}" if failure.line else "")
    info = f'{{.python #{block_id} title="snippets/{name}"}}' if block_id else f'python title="snippets/{name}"'
    parts = [
        f'<div class="snippet-run snippet-failed" data-snippet="{html.escape(name)}" markdown>',
        "",
        f"{fence}{info}",
        code.rstrip("\n"),
        fence,
        "",
        f'<div class="admonition failure snippet-error" role="alert" data-line="{failure.line or ""}">'
        f'<p class="admonition-title">{html.escape(words["failed"].format(where=where))}</p>'
        f"<pre><code>{html.escape(failure.reason.rstrip())}</code></pre>"
        f"<p>{html.escape(words['failed_note'])}</p></div>",
        "",
    ]
    if failure.output.strip():
        parts += [
            f'<div class="highlight snippet-output"><span class="filename">{words["output_before"]}</span>'
            f"<pre><code>{html.escape(failure.output)}</code></pre></div>",
            "",
        ]
    parts += ["</div>", ""]
    return "\n".join(parts)
