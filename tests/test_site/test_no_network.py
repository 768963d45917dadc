"""The built site loads nothing from another host: no font, script, style, image, icon or math from a CDN.

Links that a reader follows (``<a href>``, canonical and alternate links) may point anywhere; what is
checked is everything a browser fetches by itself while showing a page. The browser tests
(tests/test_browser/) check the same at run time, including what JavaScript fetches.
"""

from __future__ import annotations

import re

import pytest

from tests.site_html import html_files, soup

# <link rel=...> values that make the browser fetch or connect
LOADING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "manifest",
    "mask-icon",
}
# (tag, attribute) pairs that the browser fetches
FETCHED = [
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("track", "src"),
    ("image", "href"),
    ("use", "href"),
    ("input", "src"),
]
ABSOLUTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)  # http://, https://, //host
REMOTE_IMPORT = re.compile(r"""import\(\s*['"]((?:https?:)?//[^'"]+)""")  # a module loaded by an inline script
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", re.I)


def outside_references(site) -> list[str]:
    """``file: what`` for every reference in the built HTML and CSS that a browser would fetch from another host."""
    found = []
    fetched: dict[str, list[str]] = {}
    for name, attribute in FETCHED:
        fetched.setdefault(name, []).append(attribute)
    for page in html_files(site):
        where = page.relative_to(site).as_posix()
        styles = []
        for tag in soup(page).find_all(True):  # one walk over the page: every kind of reference at once
            attrs = tag.attrs
            if tag.name == "link" and attrs.get("href"):
                if LOADING_RELS & {rel.lower() for rel in attrs.get("rel", [])} and ABSOLUTE.match(attrs["href"]):
                    found.append(f"{where}: <link rel={' '.join(attrs['rel'])} href={attrs['href']}>")
            for attribute in fetched.get(tag.name, ()):
                if attribute not in attrs:
                    continue
                urls = (
                    [part.split()[0] for part in attrs[attribute].split(",") if part.strip()]
                    if "srcset" in attribute
                    else [attrs[attribute]]
                )
                found += [f"{where}: <{tag.name} {attribute}={url}>" for url in urls if ABSOLUTE.match(url)]
            if tag.name == "script" and "src" not in attrs:
                found += [f"{where}: import({url}) in a script" for url in REMOTE_IMPORT.findall(tag.get_text())]
            elif tag.name == "style":
                styles.append(tag.get_text())
            if "style" in attrs:
                styles.append(attrs["style"])
        found += [
            f"{where}: url({url}) in a style" for css in styles for url in CSS_URL.findall(css) if ABSOLUTE.match(url)
        ]
    for sheet in sorted(site.rglob("*.css")):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        found += [
            f"{sheet.relative_to(site).as_posix()}: url({url})" for url in CSS_URL.findall(text) if ABSOLUTE.match(url)
        ]
    return found


@pytest.mark.parametrize("bundle", ["built_site", "offline_site"])
def test_no_reference_outside_the_site(bundle, request):
    site = request.getfixturevalue(bundle).site
    assert outside_references(site) == []


def test_the_checker_sees_cdn_loads(tmp_path):
    (tmp_path / "index.html").write_text(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<link rel="canonical" href="https://example.org/">'  # not fetched: fine
        '<script src="//unpkg.com/iframe-worker/shim"></script><script src="assets/local.js"></script>'
        '<img srcset="a.png 1x, https://cdn.example/b.png 2x"><a href="https://keras.io/">a link is fine</a>'
        "<style>@font-face{src:url(https://fonts.gstatic.com/x.woff2)}</style>"
        "<script>import('https://esm.sh/mermaid')</script>",
        encoding="utf-8",
    )
    (tmp_path / "x.css").write_text(
        "a{background:url('data:image/svg+xml;x')} b{background:url(https://cdn.example/i.svg)}", encoding="utf-8"
    )
    assert outside_references(tmp_path) == [
        "index.html: <link rel=stylesheet href=https://fonts.googleapis.com/css?family=Roboto>",
        "index.html: <script src=//unpkg.com/iframe-worker/shim>",
        "index.html: <img srcset=https://cdn.example/b.png>",
        "index.html: import(https://esm.sh/mermaid) in a script",
        "index.html: url(https://fonts.gstatic.com/x.woff2) in a style",
        "x.css: url(https://cdn.example/i.svg)",
    ]
