"""MkDocs hook: drop the ``<link rel="alternate" hreflang>`` tags from each page's ``<head>``.

Material's JavaScript fetches ``sitemap.xml`` next to every such link, because it expects each one
to point at a language's root. mkdocs-static-i18n points them at the page itself (``/en/rnn-basics/``),
so every page made two requests that fail (404 on a server, a blocked fetch on ``file://``) and two
console errors. Nothing is lost by dropping them: the language selector in the header keeps its own
per-page links, and ``sitemap.xml`` lists every page with its ``hreflang`` alternates for search
engines (with ``site_url`` set).
"""

from __future__ import annotations

import re

_HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">[ \t]*\n?')


def drop_head_alternates(html: str) -> str:
    """``html`` without hreflang alternate links in its head; the body is left untouched."""
    head, end, body = html.partition("</head>")
    if not end:
        return html
    return _HEAD_ALTERNATE.sub("", head) + end + body


def on_post_page(output: str, page, config) -> str:
    return drop_head_alternates(output)
