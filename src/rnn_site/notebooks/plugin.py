"""MkDocs plugin ``notebooks``: a Jupyter notebook for every lesson page, in every language.

It executes nothing and reads no page on its own terms: the cells come from
the snippet-exec plugin's public record of this build (``page_embeds``: each
page's embeds with the source that ran and its result) and from the same
Markdown reading as the page. mkdocs-jupyter renders the notebooks
(``execute: false``); this plugin adds them after static-i18n picked the
language's pages (``files.py``: static-i18n issue #198), links each lesson page
and its notebook, and renders the notebook page's markdown cells as the site
renders Markdown (MathML, the site's heading ids, a table of contents that
keeps inline code). Only public API of mkdocs-jupyter is used: its
``cache_dir`` option is pointed at one folder per language and kind of build,
so each build evicts only its own stale renders.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import markdown
import nbformat
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from rnn_site.execution.plugin import SnippetExecPlugin
from rnn_site.execution.public import PageEmbed, library_versions, make_stamp, stamp_notebook
from rnn_site.labels import NOTEBOOK, words
from rnn_site.markdown_config import configured_extensions, site_reading
from rnn_site.mathml.convert import MathError
from rnn_site.mathml.extension import MathExtension

from .files import NotebookPageFile, Written, add_notebook_pages, default_language
from .notebook import build_notebook, links_from_notebook, notebook_name, notebook_text, write_if_changed
from .page_html import (
    STYLESHEET_MARKER,
    extract_styles,
    insert_after_title,
    lesson_links,
    notebook_page_links,
    replace_markdown_cells,
    strip_remote_scripts,
    stylesheet_name,
)

log = get_plugin_logger("notebooks")
JUPYTER = "mkdocs-jupyter"
JUPYTER_LOGGERS = ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter")
STYLESHEETS = "assets/notebooks"
"""Where the notebook pages' shared stylesheet goes in the site (one file per distinct content)."""
_CELL_BREAK = "<!-- notebooks: cell break -->"


class NotebooksConfig(Config):
    enabled = opt.Type(bool, default=True)
    notebooks_dir = opt.Type(str, default=".cache/notebooks")


class NotebooksPlugin(BasePlugin[NotebooksConfig]):
    """Writes, adds and finishes the lessons' notebook pages."""

    def __init__(self) -> None:
        super().__init__()
        self._written: dict[str, Written] = {}  # by the page's src_uri, every language
        self._sources: dict[str, tuple[str, tuple[PageEmbed, ...]]] = {}  # what each was written from
        self._pages: dict[str, NotebookPageFile] = {}  # by the lesson's src_uri, this language's build
        self._jupyter_cache: str | None = None  # mkdocs-jupyter's cache_dir as configured

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so MkDocs keeps this instance across ``mkdocs serve`` rebuilds."""

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        executor = config.plugins.get("snippet-exec")
        if not isinstance(executor, SnippetExecPlugin):
            raise PluginError("the notebooks plugin needs the snippet-exec plugin in mkdocs.yml")
        jupyter = config.plugins.get(JUPYTER)
        if jupyter is None:
            raise PluginError(f"the notebooks plugin needs the {JUPYTER} plugin in mkdocs.yml")
        self._executor, self._jupyter = executor, jupyter
        if self._jupyter_cache is None:
            self._jupyter_cache = str(jupyter.config["cache_dir"])
        self._root = Path(config.config_file_path).resolve().parent
        # mkdocs-jupyter logs three INFO lines per notebook and language (converting, cache, copied),
        # burying the build's own progress; its warnings and errors still show.
        for name in JUPYTER_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
        return config

    @event_priority(-10)  # after snippet-exec (0) ran the snippets, before static-i18n (-100) drops languages
    def _write_notebooks(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Write the notebook of every page with embeds, every language (a page links its other languages')."""
        if self.config.enabled:
            self._write(files, config, self._root / self.config.notebooks_dir / self._kind())
        return files

    @event_priority(-110)  # after static-i18n (-100) picked this language's pages
    def _add_pages(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Add this language's notebook pages; point mkdocs-jupyter's cache at this language's folder."""
        self._pages = add_notebook_pages(files, config, self._written) if self.config.enabled else {}
        langs = {nbfile.notebook.lang for nbfile in self._pages.values()}
        if len(langs) == 1:  # static-i18n builds one language at a time
            self._jupyter.config["cache_dir"] = f"{self._jupyter_cache}/{langs.pop()}-{self._kind()}"
        return files

    on_files = CombinedEvent(_write_notebooks, _add_pages)

    def _kind(self) -> str:
        return "executed" if self._executor.execute else "unexecuted"

    def _write(self, files: Files, config: MkDocsConfig, directory: Path) -> None:
        """Write the notebook of every page with embeds (all languages) from this build's record."""
        default = default_language(config)
        record = self._executor.page_embeds
        by_uri = {file.src_uri: file for file in files.documentation_pages()}
        self._written = {}
        for uri in sorted(record):
            file = by_uri.get(uri)
            if file is None or not record[uri]:
                continue
            reading = site_reading(file, config)  # the page as every plugin read it
            markdown, offset = reading.text, reading.offset  # lines in the record are the file's: front matter counts
            embeds = tuple(replace(embed, line=embed.line - offset) for embed in record[uri])
            sources = (markdown, embeds)
            name = notebook_name(uri, default)
            path = directory / f"{name.stem}.{name.lang}.ipynb"
            if self._sources.get(uri) != sources or not path.is_file():
                nb = build_notebook(
                    markdown,
                    embeds,
                    list(reading.headings),
                    lang=name.lang,
                    page=f"docs/{uri}",
                    link=links_from_notebook(name, config.use_directory_urls),
                )
                # "executed with": versions and run date in the metadata and as the first cell (stamp.py)
                stamp_notebook(nb, make_stamp(library_versions(), [embed.result for embed in embeds]), name.lang)
                if write_if_changed(path, notebook_text(nb)):
                    log.info("wrote notebook %s for docs/%s", name.filename, uri)
                self._sources[uri] = sources
            self._written[uri] = Written(name, path)

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        # A notebook page has no Markdown: mkdocs-jupyter renders the .ipynb itself. Other plugins'
        # on_page_markdown (math, i18n) then see nothing instead of the notebook's JSON.
        return "" if isinstance(page.file, NotebookPageFile) else None

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if isinstance(page.file, NotebookPageFile):
            return self._finish_notebook(html, page, page.file, config)
        nbfile = self._pages.get(page.file.src_uri)
        if nbfile is None or page.url is None:
            return html
        view = get_relative_url(nbfile.url, page.url)
        download = get_relative_url(nbfile.download_uri, page.url)
        return insert_after_title(html, lesson_links(nbfile.notebook.lang, view, download, nbfile.notebook.filename))

    def _finish_notebook(self, html: str, page: Page, file: NotebookPageFile, config: MkDocsConfig) -> str:
        """A rendered notebook page: no CDN scripts, one shared stylesheet, the site's Markdown, a download link."""
        lang = file.notebook.lang
        links = notebook_page_links(
            lang,
            get_relative_url(file.lesson.url, page.url),
            get_relative_url(file.download_uri, page.url),
            file.notebook.filename,
        )
        page.meta.setdefault("search", {})["exclude"] = True  # the lesson page already holds this text
        html, css = extract_styles(html)  # first: the rest is then small to scan
        html = strip_remote_scripts(html)
        rendered, toc_tokens = _render_markdown_cells(Path(str(file.abs_src_path)), config, file.lesson)
        try:
            html = replace_markdown_cells(html, rendered)
        except ValueError as exc:
            raise PluginError(f"{file.src_uri}: {exc} (has mkdocs-jupyter's markup changed?)") from None
        page.toc = get_toc(toc_tokens)  # the site's reading: inline code stays in the headings
        if page.title:
            page.title = f"{page.title} · {words(NOTEBOOK, lang)['title']}"
        if css:
            uri = f"{STYLESHEETS}/{stylesheet_name(css)}"
            write_if_changed(Path(config.site_dir) / uri, css)
            link = f'<link rel="stylesheet" href="{get_relative_url(uri, page.url)}">'
            html = html.replace(STYLESHEET_MARKER, link, 1)
        return links + "\n" + html


def _render_markdown_cells(path: Path, config: MkDocsConfig, lesson: File) -> tuple[list[str], list[Any]]:
    """Each markdown cell of the notebook at ``path`` as the site renders Markdown, and their headings."""
    nb = nbformat.read(path, as_version=4)
    sources = [cell.source for cell in nb.cells if cell.cell_type == "markdown"]
    names, settings = configured_extensions(config)
    math = MathExtension()
    math.begin(f"docs/{lesson.src_uri} (notebook)")
    converter = markdown.Markdown(extensions=[*names, math], extension_configs=settings)
    try:
        html = converter.convert(f"\n\n{_CELL_BREAK}\n\n".join(sources))
    except MathError as exc:
        raise PluginError(str(exc)) from None
    return [part.strip() for part in html.split(_CELL_BREAK)], list(getattr(converter, "toc_tokens", []))
