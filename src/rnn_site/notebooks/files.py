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

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .notebook import NotebookName

__all__ = ["NotebookPageFile", "Written", "add_notebook_pages", "default_language"]


class NotebookPageFile(File):
    """A generated ``.ipynb`` that MkDocs builds as a page (mkdocs-jupyter renders it)."""

    lesson: File
    notebook: NotebookName

    def is_documentation_page(self) -> bool:
        return True

    @property
    def download_uri(self) -> str:
        """Where mkdocs-jupyter copies the ``.ipynb``: next to the page, under its own name."""
        return (
            f"{self.dest_uri.rsplit('/', 1)[0]}/{self.notebook.filename}"
            if "/" in self.dest_uri
            else self.notebook.filename
        )


@dataclass(frozen=True)
class Written:
    """A notebook written for a page: its name and where the ``.ipynb`` is."""

    name: NotebookName
    path: Path


def default_language(config: MkDocsConfig) -> str:
    """The site's default language: static-i18n's, else the theme's."""
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


def _page_file(config: MkDocsConfig, lesson: File, written: Written) -> NotebookPageFile:
    nbfile = cast(
        NotebookPageFile,
        NotebookPageFile.generated(
            config, written.name.src_uri, abs_src_path=str(written.path), inclusion=InclusionLevel.NOT_IN_NAV
        ),
    )
    prefix = _prefix(lesson, written.name, config.use_directory_urls)
    nbfile.dest_uri = prefix + written.name.page_uri(config.use_directory_urls)
    nbfile.lesson, nbfile.notebook = lesson, written.name
    # what static-i18n sets on the files it handles (its language switcher reads them)
    i18n: Any = nbfile
    i18n.locale = i18n.localization = i18n.locale_alternate_of = written.name.lang
    i18n.norm_src_uri = f"notebooks/{written.name.stem}.ipynb"
    i18n.alternates = {written.name.lang: nbfile}
    return nbfile


def add_notebook_pages(files: Files, config: MkDocsConfig, written: dict[str, Written]) -> dict[str, NotebookPageFile]:
    """Add the current language's notebook pages to ``files`` (after static-i18n picked its files).

    ``written`` maps a page's ``src_uri`` (every language) to its notebook; the
    result maps this build's lesson pages to their notebook page.
    """
    pages: dict[str, NotebookPageFile] = {}
    for lesson in list(files.documentation_pages()):
        mine = written.get(lesson.src_uri)
        if mine is None:
            continue
        nbfile = _page_file(config, lesson, mine)
        for lang, other in getattr(lesson, "alternates", {}).items():
            theirs = written.get(other.src_uri)
            if lang != mine.name.lang and theirs is not None:
                switcher: Any = nbfile  # static-i18n's attribute, not File's
                switcher.alternates[lang] = _page_file(config, other, theirs)
        files.append(nbfile)
        pages[lesson.src_uri] = nbfile
    return pages
