"""The HTML around a notebook: the links between a lesson and its notebook, and the notebook page's cleanup.

A notebook page's markdown cells are shown as the site renders Markdown (the
site's parser, MathML for math, the site's heading ids): nbconvert's own
rendering of them is replaced cell by cell (``replace_markdown_cells``).
"""

from __future__ import annotations

import ast
import hashlib
import re

from rnn_site.labels import NOTEBOOK, words

STYLESHEET_MARKER = "<!-- notebooks: notebook stylesheet -->"
_MARKDOWN_CELL_RE = re.compile(r'<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>')
_DIV_RE = re.compile(r"<div\b|</div>")


def lesson_links(lang: str, view_url: str, download_url: str, filename: str) -> str:
    """The line a lesson page shows under its title: view the notebook, download it."""
    w = words(NOTEBOOK, lang)
    return (
        f'<p class="snippet-notebook"><a href="{view_url}">{w["view"]}</a> · '
        f'<a href="{download_url}" download="{filename}">{w["download"]}</a></p>'
    )


def notebook_page_links(lang: str, lesson_url: str, download_url: str, filename: str) -> str:
    """The line a notebook page shows above the notebook: download it, go back to the lesson."""
    w = words(NOTEBOOK, lang)
    return (
        f'<p class="snippet-notebook"><a href="{download_url}" download="{filename}">{w["download"]}</a> · '
        f'<a href="{lesson_url}">{w["lesson"]}</a></p>'
    )


def insert_after_title(html: str, line: str) -> str:
    """Put ``line`` right after the page's first ``<h1>`` (or at the top)."""
    end = html.find("</h1>")
    if end < 0:
        return f"{line}\n{html}"
    end += len("</h1>")
    return f"{html[:end]}\n{line}{html[end:]}"


def replace_markdown_cells(html: str, rendered: list[str]) -> str:
    """Give each markdown cell of a rendered notebook, in order, the HTML in ``rendered``.

    ``ValueError`` if the notebook page does not have exactly that many markdown cells.
    """
    pieces: list[str] = []
    at = 0
    count = 0
    for opening in _MARKDOWN_CELL_RE.finditer(html):
        if opening.start() < at:
            continue  # nested inside the previous cell (not seen in nbconvert's output, but be safe)
        depth, end = 1, len(html)
        for tag in _DIV_RE.finditer(html, opening.end()):
            depth += 1 if tag.group() == "<div" else -1
            if depth == 0:
                end = tag.start()
                break
        if count < len(rendered):
            pieces += [html[at : opening.end()], "\n", rendered[count], "\n"]
        count += 1
        at = end
    if count != len(rendered):
        raise ValueError(f"the rendered notebook has {count} markdown cells, the notebook {len(rendered)}")
    return "".join(pieces) + html[at:]


_REMOTE_SCRIPT_RE = re.compile(
    r"<script\b[^>]*\bsrc=\"(?:https?:)?//[^\"]*\"[^>]*>\s*</script>"  # any script from another origin
    r"|<script\b[^>]*\bsrc=\"\"[^>]*>\s*</script>"  # MathJax with no URL configured
    r"|<!-- Load mathjax -->|<!-- MathJax configuration -->.*?<!-- End of mathjax configuration -->"
    r"|<script type=\"module\">(?:(?!</script>).)*?https?://(?:(?!</script>).)*</script>",  # mermaid's CDN import
    re.S,
)


def strip_remote_scripts(html: str) -> str:
    """Drop the scripts nbconvert's template loads from CDNs (MathJax, Mermaid, require.js).

    The site must work with no network; the notebooks here need none of them.
    """
    return _REMOTE_SCRIPT_RE.sub("", html)


def _style_blocks(html: str) -> list[tuple[int, int, str]]:
    """``(start, end, css)`` of each ``<style>`` element (plain ``find``: these are hundreds of kB)."""
    blocks = []
    at = html.find("<style")
    while at != -1:
        body = html.find(">", at) + 1
        close = html.find("</style>", body)
        if body == 0 or close == -1:
            break
        end = close + len("</style>")
        while end < len(html) and html[end] in " \t\r\n":
            end += 1
        blocks.append((at, end, html[body:close]))
        at = html.find("<style", end)
    return blocks


def _css_parts(block: str) -> list[str]:
    """One ``<style>`` block's CSS; mkdocs-jupyter also emits a Python list of CSS strings as text."""
    text = block.strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            parts = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return [text]
        if isinstance(parts, list) and all(isinstance(part, str) for part in parts):
            return [part.strip() for part in parts]
    return [text]


def extract_styles(html: str) -> tuple[str, str]:
    """Move a rendered notebook's inline ``<style>`` blocks out: ``(html with a marker, css)``.

    mkdocs-jupyter inlines its whole stylesheet (hundreds of kB) into every
    notebook page; the site serves it once instead. Duplicate blocks are kept
    once, in first-seen order; the first block's place gets ``STYLESHEET_MARKER``.
    """
    blocks = _style_blocks(html)
    if not blocks:
        return html, ""
    parts: list[str] = []
    kept: list[str] = []
    previous = 0
    for index, (start, end, css) in enumerate(blocks):
        for part in _css_parts(css):
            if part and part not in parts:
                parts.append(part)
        kept += [html[previous:start], STYLESHEET_MARKER if index == 0 else ""]
        previous = end
    kept.append(html[previous:])
    return "".join(kept), "\n".join(parts) + "\n"


def stylesheet_name(css: str) -> str:
    """A content-addressed file name for a notebook stylesheet."""
    return f"notebook-{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"
