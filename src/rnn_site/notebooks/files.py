"""The notebooks as MkDocs files: written once per build, added to each language's site.

mkdocs-jupyter and mkdocs-static-i18n do not work together upstream
(static-i18n issue #198): static-i18n's ``on_files`` runs last and rebuilds
every file as a plain ``File``, which drops mkdocs-jupyter's ``NotebookFile``
wrapper, so a notebook becomes a static download instead of a page. Here the
notebooks are generated (not in ``docs/``) and added *after* static-i18n has
chosen the current language's pages, as files that are pages, with the
language prefix, alternates and locale static-i18n would have given them.
mkdocs-jupyter then renders them like any notebook (``execute: false``) and
copies each ``.ipynb`` next to its page (``include_source: true``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from rnn_site.mathml.convert import MathError, html_math_to_mathml

from rnn_site.execution.cache import library_versions
from rnn_site.execution.embeds import Embed, find_embeds
from rnn_site.execution.stamp import make_stamp, stamp_notebook
from .notebook import (
    align_heading_ids,
    NotebookName,
    SnippetRun,
    STYLESHEET_MARKER,
    build_notebook,
    extract_styles,
    insert_after_title,
    lesson_links,
    links_from_notebook,
    notebook_name,
    notebook_page_links,
    notebook_text,
    strip_remote_scripts,
    stylesheet_name,
    words,
    write_if_changed,
)

__all__ = ["Notebooks", "NotebookPageFile", "SnippetRun"]

log = get_plugin_logger("snippet-exec")
JUPYTER = "mkdocs-jupyter"
JUPYTER_LOGGERS = ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter")
STYLESHEETS = "assets/notebooks"
"""Where the notebook pages' shared stylesheet goes in the site (one file per distinct content)."""


_MARKDOWN_CELL_RE = re.compile(r'(<div class="[^"]*jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)', flags=re.S)


def _flatten(anchors) -> list:
    """The table of contents' anchors in page order (depth first)."""
    return [item for anchor in anchors for item in (anchor, *_flatten(anchor.children))]


def _mathml(html: str, where: str) -> str:
    """The cell's LaTeX as MathML, as on the lesson page (Jupyter itself renders the .ipynb's LaTeX)."""
    try:
        return html_math_to_mathml(html, page=where)
    except MathError as exc:
        raise PluginError(str(exc)) from None


class NotebookPageFile(File):
    """A generated ``.ipynb`` that MkDocs builds as a page (mkdocs-jupyter renders it)."""

    lesson: File
    notebook: NotebookName

    def is_documentation_page(self) -> bool:
        return True

    @property
    def download_uri(self) -> str:
        """Where mkdocs-jupyter copies the ``.ipynb``: next to the page, under its own name."""
        return f"{self.dest_uri.rsplit('/', 1)[0]}/{self.notebook.filename}" if "/" in self.dest_uri else self.notebook.filename


@dataclass(frozen=True)
class _Written:
    name: NotebookName
    path: Path


def _default_language(config) -> str:
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "default_language", None) or config.theme.get("language") or "en"


def _lesson_dest(name: NotebookName, use_directory_urls: bool) -> str:
    if name.stem == "index" or name.stem.endswith("/index"):
        return f"{name.stem}.html"
    return f"{name.stem}/index.html" if use_directory_urls else f"{name.stem}.html"


def _prefix(lesson: File, name: NotebookName, use_directory_urls: bool) -> str:
    """The language folder static-i18n put ``lesson`` in (``en/``), or ``""``."""
    expected = _lesson_dest(name, use_directory_urls)
    return lesson.dest_uri[: -len(expected)] if lesson.dest_uri.endswith(expected) else ""


class Notebooks:
    """The site's notebooks: one per page with embeds, per language."""

    def __init__(self) -> None:
        self.directory: Path | None = None
        self._folders: tuple[Path, ...] = ()
        self._written: dict[str, _Written] = {}  # by the page's src_uri, every language
        self._sources: dict[str, tuple[str, dict[int, SnippetRun]]] = {}  # what each was written from
        self._pages: dict[str, NotebookPageFile] = {}  # by the page's src_uri, this language's build

    def configure(self, directory: Path, *, enabled: bool, executed: bool = True) -> None:
        """Where notebooks go; a build that does not execute snippets writes output-less ones apart.

        Keeping the two kinds in two folders lets ``keep_rendered`` protect both from
        mkdocs-jupyter's eviction, so switching SNIPPET_EXEC off and on re-renders nothing.
        """
        self._folders = (directory, directory.with_name(directory.name + "-unexecuted"))
        self.directory = (self._folders[0] if executed else self._folders[1]) if enabled else None
        # mkdocs-jupyter logs three INFO lines per notebook and language (converting, cache, copied),
        # burying the build's own progress; its warnings and errors still show.
        for name in JUPYTER_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)

    def write(self, files: Files, config, run_for: Callable[[str, Embed], SnippetRun]) -> None:
        """Write the notebook of every page with embeds (all languages) from this build's results."""
        if self.directory is None:
            return
        default = _default_language(config)
        for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
            if not file.src_uri.endswith(".md"):
                continue
            markdown = Path(file.abs_src_path).read_text(encoding="utf-8")
            embeds = find_embeds(markdown)
            if not embeds:
                continue
            page = f"docs/{file.src_uri}"
            runs = {embed.line: run_for(page, embed) for embed in embeds}
            if self._sources.get(file.src_uri) == (markdown, runs):
                continue  # written by this build already (static-i18n builds each language again)
            name = notebook_name(file.src_uri, default)
            nb = build_notebook(
                markdown,
                lambda embed: runs[embed.line],
                lang=name.lang,
                page=page,
                link=links_from_notebook(name, config.use_directory_urls),
            )
            # "executed with": versions and run date in the metadata and as the first cell (stamp.py)
            stamp_notebook(nb, make_stamp(library_versions(), [run.result for run in runs.values()]), name.lang)
            path = self.directory / f"{name.stem}.{name.lang}.ipynb"
            if write_if_changed(path, notebook_text(nb)):
                log.info(f"wrote notebook {name.filename} for {page}")
            self._written[file.src_uri] = _Written(name, path)
            self._sources[file.src_uri] = (markdown, runs)

    def _file(self, config, lesson: File, written: _Written) -> NotebookPageFile:
        nbfile = NotebookPageFile.generated(
            config, written.name.src_uri, abs_src_path=str(written.path), inclusion=InclusionLevel.NOT_IN_NAV
        )
        prefix = _prefix(lesson, written.name, config.use_directory_urls)
        nbfile.dest_uri = prefix + written.name.page_uri(config.use_directory_urls)
        nbfile.lesson, nbfile.notebook = lesson, written.name
        # what static-i18n sets on the files it handles (its language switcher reads them)
        nbfile.locale = nbfile.localization = nbfile.locale_alternate_of = written.name.lang
        nbfile.norm_src_uri = f"notebooks/{written.name.stem}.ipynb"
        nbfile.alternates = {written.name.lang: nbfile}
        return nbfile

    def add_pages(self, files: Files, config) -> Files:
        """Add this language's notebook pages (run after static-i18n picked the language's files)."""
        self._pages = {}
        if self.directory is None or not self._written:
            return files
        if JUPYTER not in config.plugins:
            log.warning(f"notebooks need the {JUPYTER} plugin in mkdocs.yml; none added")
            return files
        for lesson in list(files.documentation_pages()):
            written = self._written.get(lesson.src_uri)
            if written is None:
                continue
            nbfile = self._file(config, lesson, written)
            for lang, other in getattr(lesson, "alternates", {}).items():
                other_written = self._written.get(other.src_uri)
                if lang != written.name.lang and other_written is not None:
                    nbfile.alternates[lang] = self._file(config, other, other_written)
            files.append(nbfile)
            self._pages[lesson.src_uri] = nbfile
        return files

    @staticmethod
    def is_notebook(file: File) -> bool:
        return isinstance(file, NotebookPageFile)

    def link_lesson(self, markdown: str, page, lang: str) -> str:
        """Put the "view / download as notebook" line under a lesson page's title."""
        nbfile = self._pages.get(page.file.src_uri)
        if nbfile is None:
            return markdown
        view = get_relative_url(nbfile.url, page.url)
        download = get_relative_url(nbfile.download_uri, page.url)
        return insert_after_title(markdown, lesson_links(lang, view, download, nbfile.notebook.filename))

    def finish_page(self, html: str, page, config) -> str:
        """A rendered notebook page: no CDN scripts, one shared stylesheet, a download link, out of search."""
        file = page.file
        if not isinstance(file, NotebookPageFile):
            return html
        lang = file.notebook.lang
        links = notebook_page_links(
            lang,
            get_relative_url(file.lesson.url, page.url),
            get_relative_url(file.download_uri, page.url),
            file.notebook.filename,
        )
        page.meta.setdefault("search", {})["exclude"] = True  # the lesson page already holds this text
        if page.title:
            page.title = f"{page.title} · {words(lang)['title']}"
        html, css = extract_styles(html)  # first: the rest is then small to scan
        html = strip_remote_scripts(html)
        html = align_heading_ids(html, [anchor.id for anchor in _flatten(page.toc)])
        html = _MARKDOWN_CELL_RE.sub(lambda m: m[1] + _mathml(m[2], page.file.src_uri) + m[3], html)
        if css:
            uri = f"{STYLESHEETS}/{stylesheet_name(css)}"
            write_if_changed(Path(config.site_dir) / uri, css)
            link = f'<link rel="stylesheet" href="{get_relative_url(uri, page.url)}">'
            html = html.replace(STYLESHEET_MARKER, link, 1)
        return links + "\n" + html

    def keep_rendered(self, config) -> None:
        """Stop mkdocs-jupyter evicting rendered notebooks this build did not happen to use.

        It evicts every cache entry the current build did not use, and static-i18n
        runs one build per language, so each language would evict the other's, and a
        SNIPPET_EXEC=off build would evict the executed notebooks (and back again).
        """
        jupyter = config.plugins.get(JUPYTER)
        used = getattr(jupyter, "_used_cache_paths", None)
        if jupyter is None or used is None or not jupyter.config.get("cache"):
            return
        try:
            from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path
        except ImportError:
            return
        for folder in self._folders:  # both kinds, every language: whatever is current on disk
            for path in sorted(folder.glob("*.ipynb")) if folder.is_dir() else ():
                key = _compute_cache_key(str(path), jupyter.config, jupyter.config["execute"])
                used.add(_get_cache_path(jupyter.config["cache_dir"], key))
