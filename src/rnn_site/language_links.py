"""MkDocs plugin ``language-links``: language links that work wherever the site is opened, and no failing sitemap fetches.

Two fixes to what mkdocs-static-i18n and Material write into each page:

1. The language selector of the *home pages* links to ``<site_url path><lang>/`` (for example
   ``/rnn-basics-tf-keras/en/``): right on GitHub Pages, broken when the built site is served from
   another path or opened from ``file://`` (the offline bundle). They become page-relative links, like
   the ones static-i18n already writes on every other page.
2. The ``<link rel="alternate" hreflang>`` tags in the ``<head>`` go. Material's JavaScript fetches
   ``sitemap.xml`` next to each of them, expecting a language root; static-i18n points them at the page
   itself, so every page made two failing requests and logged two console errors. Nothing is lost: the
   selector keeps its links, and ``sitemap.xml`` lists each page with its ``hreflang`` alternates.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

_HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">[ \t]*\n?')
_SELECTOR_LINK = re.compile(r'(<a href=")(/[^"]*)(" hreflang="[^"]*" class="md-select__link">)')


def drop_head_alternates(html: str) -> str:
    """``html`` without hreflang alternate links in its head; the body is left untouched."""
    head, end, body = html.partition("</head>")
    if not end:
        return html
    return _HEAD_ALTERNATE.sub("", head) + end + body


def relative_language_links(html: str, page_url: str, base_path: str) -> str:
    """Turn the language selector's absolute links under ``base_path`` into links relative to ``page_url``.

    ``page_url`` is the page's URL relative to the site root (MkDocs' ``page.url``: ``""``, ``"en/"``,
    ``"en/index.html"``); ``base_path`` is the site's path on its host, ending in ``/``.
    """

    def relative(match: re.Match[str]) -> str:
        href = match[2]
        if not href.startswith(base_path):
            return match[0]
        return match[1] + get_relative_url(href[len(base_path) :] or "./", page_url) + match[3]

    return _SELECTOR_LINK.sub(relative, html)


class LanguageLinksPlugin(BasePlugin):
    """MkDocs plugin ``language-links``: the two fixes above, on every page."""

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        base_path = urlsplit(config.site_url or "").path.rstrip("/") + "/"
        return drop_head_alternates(relative_language_links(output, page.url, base_path))
