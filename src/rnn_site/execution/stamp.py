"""The "executed with" stamp: which Python, TensorFlow, Keras and NumPy a page's outputs come from.

Every page that runs a snippet says, in its own language, the library versions of the build and the
date (UTC) of the runs it shows; each downloaded notebook carries the same in its metadata and as its
first cell. The versions are the build's own (``cache.library_versions()``, read from package
metadata, nothing imported): a cached result is keyed by those versions, so it always matches them.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

import nbformat

from rnn_site import labels

from .runner import RunResult

LIBRARIES = (("python", "Python"), ("tensorflow", "TensorFlow"), ("keras", "Keras"), ("numpy", "NumPy"))
"""(key in ``library_versions()``, name as shown), in the order the stamp lists them."""


@dataclass(frozen=True)
class Stamp:
    """What a page's outputs were produced with: library versions and the dates of the runs."""

    versions: tuple[tuple[str, str], ...]  # (shown name, version), in LIBRARIES order
    first_run: str  # ISO date (UTC) of the oldest run shown, "" if unknown
    last_run: str

    def as_metadata(self) -> dict[str, str]:
        """For a notebook's metadata: ``{"python": "3.11.2", ..., "ran_at": "2026-11-28"}``."""
        data = {name.lower(): version for name, version in self.versions}
        data["ran_at"] = self.last_run
        if self.first_run != self.last_run:
            data["first_ran_at"] = self.first_run
        return data


def short_python(version: str) -> str:
    """``sys.version`` ("3.11.2 (main, ...) [GCC 12]") -> "3.11.2"."""
    return version.split()[0] if version.strip() else version


def make_stamp(versions: dict[str, str], results: Iterable[RunResult | None]) -> Stamp | None:
    """The stamp of a page showing ``results``; None if it shows no executed result."""
    shown = [result for result in results if result is not None]
    if not shown:
        return None
    pairs = tuple(
        (name, short_python(versions.get(key, "")) if key == "python" else versions.get(key, "absent"))
        for key, name in LIBRARIES
    )
    dates = sorted(result.ran_at for result in shown if result.ran_at)
    return Stamp(pairs, dates[0] if dates else "", dates[-1] if dates else "")


def words(lang: str) -> dict[str, str]:
    return labels.words(labels.STAMP, lang)


def _versions_text(stamp: Stamp, lang: str) -> str:
    names = [f"{name} {version}" for name, version in stamp.versions]
    if lang == "ko":
        return ", ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _date_text(stamp: Stamp, lang: str) -> str:
    w = words(lang)
    if stamp.first_run and stamp.first_run != stamp.last_run:
        return w["range"].format(first=stamp.first_run, last=stamp.last_run)
    return w["date"].format(date=stamp.last_run or "?")


def stamp_text(stamp: Stamp, lang: str) -> str:
    """The stamp as one sentence in ``lang``."""
    return words(lang)["sentence"].format(versions=_versions_text(stamp, lang), date=_date_text(stamp, lang))


def stamp_html(stamp: Stamp, lang: str) -> str:
    """A paragraph for the page, with the versions also as data attributes (tests read them)."""
    data = " ".join(
        f'data-{key.replace("_", "-")}="{html.escape(value)}"' for key, value in stamp.as_metadata().items()
    )
    return f'<p class="snippet-stamp" {data}>{html.escape(stamp_text(stamp, lang))}</p>'


def insert_stamp(page_html: str, stamp: Stamp | None, lang: str) -> str:
    """``page_html`` (a page's content) with the stamp right after its first ``<h1>`` (or on top)."""
    if stamp is None:
        return page_html
    paragraph = stamp_html(stamp, lang)
    end = page_html.find("</h1>")
    if end == -1:
        return paragraph + "\n" + page_html
    end += len("</h1>")
    return page_html[:end] + "\n" + paragraph + page_html[end:]


def stamp_notebook(nb: nbformat.NotebookNode, stamp: Stamp | None, lang: str) -> None:
    """Put the stamp in a notebook (``nbformat`` node): ``metadata.rnn_site.executed_with`` and a first cell."""
    if stamp is None:
        return
    nb.metadata.setdefault("rnn_site", {})["executed_with"] = stamp.as_metadata()
    source = f"*{words(lang)['heading']}*: {stamp_text(stamp, lang)}"
    cell = {"cell_type": "markdown", "id": "executed-with", "metadata": {"rnn_site": {"stamp": True}}, "source": source}
    nb.cells.insert(0, nbformat.from_dict(cell))
