"""MkDocs plugin ``print-page``: the whole course on one page per language, for printing or saving as PDF.

After a language's pages are written, this reads each page of the nav but the home page, in nav order,
takes its article as built (executed outputs, array tables, figures, MathML) and puts them one after
the other on ``print/`` (``print.html`` in the offline bundle), under a table of contents, in the
frame of the glossary page, which sits at the same depth, so every relative link and asset still
resolves. Each article is made to read on paper and to share one page:

- its ids (and every ``href="#…"``, ``for``, ``aria-*`` that names one) get the page's name as a
  prefix, and links to another page of the course become links inside the print page;
- its headings move one level down under the page's own title;
- folded blocks (exercise solutions) are open;
- the shape hints, drawn by CSS from ``data-hint`` on the lesson pages, become text;
- a snippet with variants shows its default run only, without the controls.

Each lesson starts on a new sheet (``reader.css``). The home pages link the print page where they
carry the ``<!-- print-page -->`` line. Works with mkdocs-static-i18n: each language's build makes its own.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, Tag
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from rnn_site import labels
from rnn_site.markdown_config import page_language

log = logging.getLogger("mkdocs.plugins.rnn_site.print_page")

MARKER = "<!-- print-page -->"
_ID_LISTS = ("aria-labelledby", "aria-describedby", "aria-controls")
_BASE = "http://site.invalid/"  # resolves relative links; never requested


def print_url(home_url: str, directory_urls: bool) -> str:
    """Where the print page of the language whose home is ``home_url`` goes: ``print/``, ``en/print.html``."""
    return f"{home_url}print/" if directory_urls else f"{home_url.removesuffix('index.html')}print.html"


def _page_url(url: str) -> str:
    """A site URL without its fragment, as pages are keyed (``rnn-basics/``)."""
    return urlsplit(urljoin(_BASE, url))._replace(fragment="").geturl()


def prepare_article(article: Tag, name: str, page_url: str, anchors: dict[str, str]) -> None:
    """Make one built article fit the print page (in place); ``anchors`` maps each course page's URL to its name."""
    # paper shows the run of the file as written; its variants are the page's to switch (find_all: a CSS
    # select walks the whole article per selector, seconds over the course)
    for unseen in article.find_all(class_="snippet-variants__controls") + article.find_all(
        "div", class_="snippet-variant", hidden=True
    ):
        unseen.decompose()
    for element in article.find_all(True):
        if element.get("id"):
            element["id"] = f"{name}--{element['id']}"
        if element.name == "label" and element.get("for"):
            element["for"] = f"{name}--{element['for']}"
        for attr in _ID_LISTS:
            if element.get(attr):
                element[attr] = " ".join(f"{name}--{ref}" for ref in str(element[attr]).split())
    for link in article.find_all("a", href=True):
        href = str(link["href"])
        if href.startswith("#"):
            link["href"] = f"#{name}--{href[1:]}" if len(href) > 1 else f"#{name}"
            continue
        target = urljoin(_BASE + page_url, href)
        page, _, fragment = target.partition("#")
        if page in anchors:  # another page of the course: a link within the print page
            link["href"] = f"#{anchors[page]}--{fragment}" if fragment else f"#{anchors[page]}"
    for heading in article.find_all(re.compile(r"^h[1-5]$")):
        heading.name = f"h{int(heading.name[1]) + 1}"
    for details in article.find_all("details"):
        details["open"] = ""
    for hint in article.find_all("span", class_="shape-hint"):
        if "shape-hint--below" in hint.get_attribute_list("class"):
            hint.decompose()
            continue
        text = article.new_tag("span", attrs={"class": "print-hint"})
        text.string = f"  ← {hint.get('data-hint', '')}"
        hint.replace_with(text)


Prepared = Callable[[str, str, str, dict[str, str]], tuple[str, str]]


def prepared(name: str, page_url: str, html: str, anchors: dict[str, str]) -> tuple[str, str]:
    """One article made ready for the print page (``prepare_article``): its first heading's text and its HTML."""
    article = BeautifulSoup(html, "html.parser")
    prepare_article(article, name, page_url, anchors)
    first = article.find("h2")
    return (first.get_text().rstrip("¶").strip() if first else name), str(article)


class PreparedCache:
    """``prepared`` kept in memory (serve rebuilds) and in ``directory`` (later builds), by everything it reads.

    Parsing every built article is most of what the print page costs; an unchanged article is read back.
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.memory: dict[str, tuple[str, str]] = {}
        self.version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # this module's rules

    def __call__(self, name: str, page_url: str, html: str, anchors: dict[str, str]) -> tuple[str, str]:
        parts = [self.version, name, page_url, json.dumps(sorted(anchors.items())), html]
        key = hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
        if key in self.memory:
            return self.memory[key]
        path = self.directory / f"{key}.json" if self.directory else None
        try:
            label, text = json.loads(path.read_text(encoding="utf-8")) if path else (None, None)
            if path:
                os.utime(path)  # used: kept by forget_unused
        except (OSError, ValueError):
            label = text = None
        if not isinstance(label, str) or not isinstance(text, str):
            label, text = prepared(name, page_url, html, anchors)
            if path is not None:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    partial = path.with_suffix(f".{os.getpid()}.partial")
                    partial.write_text(json.dumps([label, text]), encoding="utf-8")
                    os.replace(partial, path)
                except OSError as exc:
                    log.warning("print-page: could not cache %s: %s", name, exc)
        self.memory[key] = (label, text)
        return label, text

    def forget_unused(self, days: float = 7) -> None:
        """Delete the entries no build has used for ``days`` (each article edit leaves one behind)."""
        if self.directory is None or not self.directory.is_dir():
            return
        cutoff = time.time() - days * 86400
        for path in self.directory.glob("*.json"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
            except OSError:
                continue


def combine(
    shell_html: str,
    shell_url: str,
    url: str,
    title: str,
    articles: list[tuple[str, str, str]],
    prepare: Prepared = prepared,
) -> str:
    """The print page: ``shell_html`` (a page at ``url``'s depth) holding ``articles`` (name, page URL, HTML).

    ``prepare`` makes each article ready (``prepared``, or a ``PreparedCache``); the articles join the
    frame as text, after the frame itself is edited, so nothing walks them twice.
    """
    shell = BeautifulSoup(shell_html, "html.parser")
    anchors = {_page_url(page_url): name for name, page_url, _ in articles}
    inner = shell.find("article", class_="md-content__inner")
    assert isinstance(inner, Tag), "the frame page has no article"
    inner.clear()
    heading = shell.new_tag("h1", attrs={"id": "print"})
    heading.string = title
    inner.append(heading)
    contents = shell.new_tag("nav", attrs={"class": "print-contents", "aria-label": title})
    listing = shell.new_tag("ol")
    sections = []
    bodies = {}
    for name, page_url, html in articles:
        label, bodies[name] = prepare(name, page_url, html, anchors)
        item = shell.new_tag("li")
        link = shell.new_tag("a", href=f"#{name}")
        link.string = label
        item.append(link)
        listing.append(item)
        section = shell.new_tag("section", attrs={"class": "print-lesson", "id": name})
        section.append(Comment(f"print-article {name}"))  # the article's text goes here, at the end
        sections.append(section)
    contents.append(listing)
    inner.append(contents)
    for section in sections:
        inner.append(section)
    # the frame's own table of contents and language links point at the frame page
    for toc in shell.select("nav.md-nav--secondary"):
        toc.decompose()
    for active in shell.select(".md-nav__link--active, .md-nav__item--active"):
        active["class"] = " ".join(c for c in active.get_attribute_list("class") if not c.endswith("--active"))
    frame = shell_url.rsplit("/", 2)[-2] if shell_url.endswith("/") else shell_url.rsplit("/", 1)[-1]
    here = url.rsplit("/", 2)[-2] if url.endswith("/") else url.rsplit("/", 1)[-1]
    for skip in shell.select("a.md-skip"):  # "skip to content" pointed at the frame's title
        skip["href"] = "#print"
    for link in shell.select("a.md-select__link[href]"):
        link["href"] = str(link["href"]).replace(frame, here)
    for canonical in shell.select('link[rel="canonical"]'):
        canonical["href"] = str(canonical["href"]).replace(frame, here)
    if shell.title:
        shell.title.string = f"{title} - {shell.title.get_text().split(' - ')[-1]}"
    page = str(shell)
    for name, body in bodies.items():
        page = page.replace(f"<!--print-article {name}-->", body, 1)
    return page


class _Options(Config):
    enabled = config_options.Type(bool, default=True)
    frame = config_options.Type(str, default="glossary.md")  # a page at the print page's depth


class PrintPagePlugin(BasePlugin[_Options]):
    """Writes each language's print page and links it from the home page."""

    def __init__(self) -> None:
        self._pages: list[Page] = []
        self._prepared = PreparedCache(None)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so MkDocs keeps this instance, and the articles it prepared, across serve rebuilds."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self._prepared.directory is None and config.config_file_path:
            self._prepared = PreparedCache(Path(config.config_file_path).resolve().parent / ".cache" / "print-page")
            self._prepared.forget_unused()
        return config

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self._pages = list(nav.pages)
        return nav

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not self.config.enabled or MARKER not in markdown:
            return markdown
        lang = page_language(page.file.src_uri, config.theme.get("language", "en"))
        target = print_url("", config.use_directory_urls)  # relative to the home page, which holds the marker
        return markdown.replace(MARKER, labels.words(labels.PRINT_PAGE, lang)["link"].format(href=target))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or not self._pages:
            return
        home, *course = self._pages
        frame = next((p for p in course if p.file.src_uri.startswith(self.config.frame.removesuffix(".md"))), None)
        if frame is None:
            log.warning("print-page: the frame page %s is not in the nav", self.config.frame)
            return
        site = Path(config.site_dir)
        lang = page_language(home.file.src_uri, config.theme.get("language", "en"))
        url = print_url(home.url, config.use_directory_urls)
        articles = []
        for page in course:
            html = (site / page.file.dest_uri).read_text(encoding="utf-8")
            found = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>', html, flags=re.S)
            if not found:
                raise ValueError(f"print-page: {page.file.dest_uri} has no article")
            name = page.file.src_uri.split(".")[0]
            articles.append((name, page.url, found[1]))
        shell = (site / frame.file.dest_uri).read_text(encoding="utf-8")
        title = labels.words(labels.PRINT_PAGE, lang)["title"]
        out = site / (url + "index.html" if url.endswith("/") else url)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(combine(shell, frame.url, url, title, articles, self._prepared), encoding="utf-8")
        log.info("print page: %s (%d pages)", url, len(articles))
