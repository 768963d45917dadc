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

The 404 page is not a page of either language: static-i18n leaves it the alternates of whatever page
was built last (a notebook, say), so its selector pointed there and Material fetched two missing
``sitemap.xml``. Its selector links go to each language's home instead, and its head alternates go too.
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


def language_home_links(html: str, base_path: str) -> str:
    """Point the language selector's absolute links under ``base_path`` at each language's home page.

    A link with ``hreflang="en"`` whose path starts with ``en/`` goes to ``<base_path>en/``; any other
    (the default language, served at the root) goes to ``base_path``.
    """

    def home(match: re.Match[str]) -> str:
        href, lang = match[2], re.search(r'hreflang="([^"]*)"', match[3])
        if not href.startswith(base_path) or lang is None:
            return match[0]
        prefix = f"{lang[1]}/"
        root = base_path + (prefix if href[len(base_path) :].startswith(prefix) else "")
        return match[1] + root + match[3]

    return _SELECTOR_LINK.sub(home, html)


class LanguageLinksPlugin(BasePlugin):
    """MkDocs plugin ``language-links``: the two fixes above, on every page."""

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        base_path = urlsplit(config.site_url or "").path.rstrip("/") + "/"
        return drop_head_alternates(relative_language_links(output, page.url, base_path))

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        if template_name != "404.html":
            return output_content
        base_path = urlsplit(config.site_url or "").path.rstrip("/") + "/"
        return drop_head_alternates(language_home_links(output_content, base_path))
