"""MkDocs plugin ``accessibility``: what axe-core finds in the HTML that Material and nbconvert write.

Colours are fixed in ``docs/stylesheets/reader.css``; this fixes the markup, on every page:

1. Material's search dialog (``<div class="md-search" role="dialog">``) has no accessible name: it
   gets one in the page's language (axe: aria-dialog-name).
2. A notebook page's code cells scroll sideways but cannot be reached by keyboard: each scrolling
   cell becomes focusable (``tabindex="0"``) with a name saying what it is (axe:
   scrollable-region-focusable), as Material does for its own code blocks.
3. nbconvert gives a notebook's figures the alt text "No description has been provided for this
   image", in English on Korean pages too: it becomes the figure's words in the page's language
   (``execution/figure_alt.py``).
"""

from __future__ import annotations

import base64
import binascii
import html as htmllib
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

from rnn_site import labels
from rnn_site.execution.public import alt_text

_LANG = re.compile(r'<html[^>]*\blang="(?P<lang>[a-zA-Z-]+)"')
_SEARCH_DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog"(?![^>]*aria-label)')
_NO_DESCRIPTION = re.compile(
    r'<img alt="No description has been provided for this image" src="data:image/svg\+xml;base64,(?P<data>[^"]+)"'
)
_NOTEBOOK_CODE = re.compile(r'<div class="highlight-ipynb(?P<rest>[^"]*)"(?![^>]*tabindex)')


def words(lang: str) -> dict[str, str]:
    return labels.words(labels.ACCESSIBILITY, lang.split("-")[0])


def page_language(html: str, default: str = "en") -> str:
    match = _LANG.search(html)
    return match["lang"] if match else default


def name_search_dialog(html: str, lang: str) -> str:
    return _SEARCH_DIALOG.sub(lambda m: f'{m[0]} aria-label="{words(lang)["search"]}"', html, count=1)


def focusable_notebook_code(html: str, lang: str) -> str:
    label = words(lang)["code"]
    return _NOTEBOOK_CODE.sub(
        lambda m: f'<div class="highlight-ipynb{m["rest"]}" tabindex="0" role="region" aria-label="{label}"', html
    )


def describe_notebook_figures(html: str, lang: str) -> str:
    def describe(match: re.Match[str]) -> str:
        try:
            svg = base64.b64decode(match["data"]).decode("utf-8", errors="replace")
        except (binascii.Error, ValueError):
            return match[0]
        label = htmllib.escape(alt_text(svg, None, lang), quote=True)
        return f'<img alt="{label}" src="data:image/svg+xml;base64,{match["data"]}"'

    return _NO_DESCRIPTION.sub(describe, html)


def fix_page(html: str) -> str:
    lang = page_language(html)
    return describe_notebook_figures(focusable_notebook_code(name_search_dialog(html, lang), lang), lang)


class AccessibilityPlugin(BasePlugin):
    """MkDocs plugin ``accessibility``: the fixes above, on every page."""

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        return fix_page(output)

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        """Theme pages that are not built from Markdown: 404.html."""
        return fix_page(output_content) if template_name.endswith(".html") else output_content
