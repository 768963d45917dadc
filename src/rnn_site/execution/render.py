"""Turn a snippet and its run into the Markdown a page shows.

The code goes in a fenced block (highlighted, with Material's copy button);
the output and the array table are emitted as escaped HTML so nothing a
snippet prints can be read as Markdown or HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from rnn_site.labels import RENDER, VARIANTS, words

from .embeds import ShownVariant
from .figure_alt import label_figure
from .runner import RunResult, SnippetFailed
from .truncate import cut_output, omitted_note
from .variants import Choice, token


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


def _info(name: str, block_id: str, changed: Sequence[int] = ()) -> str:
    """The code fence's info string: language, id, title and the lines to highlight."""
    lines = f' hl_lines="{" ".join(map(str, changed))}"' if changed else ""
    if block_id or lines:
        anchor = f" #{block_id}" if block_id else ""
        return f'{{.python{anchor} title="snippets/{name}"{lines}}}'
    return f'python title="snippets/{name}"'


def render_embed(
    name: str,
    code: str,
    result: RunResult | None,
    lang: str,
    block_id: str = "",
    max_output_lines: int | None = None,
    *,
    variant: str = "",
    changed: Sequence[int] = (),
    figure_scope: str = "",
) -> str:
    """Markdown for one embed: code, then output, figures and arrays (or a note if not executed).

    ``block_id`` (unique on the page) names the code block, so its line anchors are unique too.
    Output longer than ``max_output_lines`` shows its first lines and a note (``truncate.py``).
    ``variant`` (its key) marks the run of one variant; ``changed`` lines are highlighted;
    ``figure_scope`` prefixes its figures' ids (default: the snippet's name).
    """
    fence = _fence(code)
    info = _info(name, block_id, changed)
    marks = f' data-variant="{html.escape(variant)}"' if variant else ""
    parts = [
        f'<div class="snippet-run" data-snippet="{html.escape(name)}"{marks} markdown>',
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
        stem = figure_scope or name.removesuffix(".py")
        parts += [  # each with its text alternative and ids of its own
            render_figure(scope_ids(label_figure(svg, name, lang), f"{stem}-{i}"))
            for i, svg in enumerate(result.figures)
        ]
        if result.arrays:
            parts += [render_arrays(result, lang), ""]
    parts += ["</div>", ""]
    return "\n".join(parts)


def render_failure(
    name: str, code: str, failure: SnippetFailed, lang: str, block_id: str = "", *, variant: str = ""
) -> str:
    """Markdown for an embed whose snippet failed (``mkdocs serve`` only): the code, the error, the output so far."""
    words = labels(lang)
    fence = _fence(code)
    where = f"snippets/{name}" + (f", {words['line'].format(line=failure.line)}" if failure.line else "")
    where += f" ({variant})" if variant else ""
    info = _info(name, block_id)
    marks = f' data-variant="{html.escape(variant)}"' if variant else ""
    parts = [
        f'<div class="snippet-run snippet-failed" data-snippet="{html.escape(name)}"{marks} markdown>',
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


RADIO_LIMIT = 4
"""More values than this get a select instead of a radio group."""


def render_controls(choices: Sequence[Choice], lang: str, block_id: str) -> str:
    """One group of controls per declared name, labelled in the page's language.

    Hidden: the page's script shows them (docs/javascripts/snippet-variants.js), so a reader
    without JavaScript sees the default run and no controls that do nothing.
    """
    words = words_of(lang)
    groups = []
    for choice in choices:
        field = f"{block_id}-{choice.name}"
        if len(choice.values) > RADIO_LIMIT:
            options = "".join(
                f'<option value="{html.escape(token(v))}"{" selected" if v == choice.default else ""}>'
                f"{html.escape(v)}</option>"
                for v in choice.values
            )
            groups.append(
                f'<div class="snippet-variants__control" data-name="{choice.name}">'
                f'<label for="{field}"><code>{choice.name}</code></label>'
                f'<select id="{field}">{options}</select></div>'
            )
        else:
            radios = "".join(
                f'<label><input type="radio" name="{field}" value="{html.escape(token(v))}"'
                f"{' checked' if v == choice.default else ''}> <code>{html.escape(v)}</code></label>"
                for v in choice.values
            )
            groups.append(
                f'<fieldset class="snippet-variants__control" data-name="{choice.name}">'
                f"<legend><code>{choice.name}</code></legend>{radios}</fieldset>"
            )
    return (
        f'<div class="snippet-variants__controls" role="group" aria-label="{html.escape(words["controls"])}"'
        f' data-live-template="{html.escape(words["live"])}" hidden>'
        f'<p class="snippet-variants__title">{html.escape(words["controls"])}</p>{"".join(groups)}'
        '<p class="snippet-variants__live" aria-live="polite"></p></div>'
    )


def words_of(lang: str) -> dict[str, str]:
    return words(VARIANTS, lang)


def changed_note(choices: Sequence[Choice], variant: ShownVariant, lang: str) -> str:
    """Which lines of this variant differ from the file, in words (the code highlights them too)."""
    words = words_of(lang)
    chosen = dict(variant.chosen)
    described = ", ".join(
        words["line"].format(line=c.line, code=html.escape(f"{c.name} = {chosen[c.name]}"))
        for c in choices
        if chosen[c.name] != c.default
    )
    return f'<p class="snippet-variant__diff">{words["changed"].format(lines=described)}</p>'


def render_variants(
    name: str,
    choices: Sequence[Choice],
    variants: Sequence[ShownVariant],
    lang: str,
    block_id: str,
    max_output_lines: int | None = None,
) -> str:
    """Markdown for an embed with variants: the controls, then one panel per variant (the default shown)."""
    stem = name.removesuffix(".py")
    parts = [
        f'<div class="snippet-variants" data-snippet="{html.escape(name)}"'
        f' data-default="{html.escape(variants[0].key)}" markdown>',
        "",
        render_controls(choices, lang, block_id),
        "",
    ]
    for number, variant in enumerate(variants):
        hidden = " hidden" if number else ""
        parts += [f'<div class="snippet-variant" data-variant="{html.escape(variant.key)}"{hidden} markdown>', ""]
        if number:
            parts += [changed_note(choices, variant, lang), ""]
        own_id = f"{block_id}-v{number}" if number else block_id
        if variant.failure is not None:
            body = render_failure(name, variant.source, variant.failure, lang, own_id, variant=variant.key)
        else:
            body = render_embed(
                name,
                variant.source,
                variant.result,
                lang,
                own_id,
                max_output_lines,
                variant=variant.key,
                changed=variant.changed,
                figure_scope=f"{stem}-v{number}",
            )
        if number:  # the default's run counts as the embed's own; the others are marked as variants
            body = body.replace('class="snippet-run', 'class="snippet-run snippet-run--variant', 1)
        parts += [body, "</div>", ""]
    parts += ["</div>", ""]
    return "\n".join(parts)
