"""MkDocs plugin ``search-terms``: searching a glossary term lists the page that defines it first.

``docs/glossary.yml`` records, for each term, the page that introduces it (``defined_in``: a lesson,
or ``glossary``). After the search index is written (and mkdocs-static-i18n has merged every
language into it), this adds the term, in each language, to the ``tags`` of that page's own entry.
Material's search indexes ``tags`` with a boost of 10^6 (against 10^3 for a title and 1 for text), so
a query for the term, or for any word of it, puts the defining page above every page that merely
uses the term; hyphenated and compound terms (원-핫 벡터, 인코더–디코더, ``return_state``) are tagged
whole, so the page holding the whole term ranks above pages that share one part of it. The results
list shows the tag under the page's title, which tells the reader that the page defines it.

List it after ``i18n`` and before ``offline`` in ``mkdocs.yml``: it must see the merged index, and the
offline bundle inlines the index into a script.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority

log = logging.getLogger("mkdocs.plugins.rnn_site.search_terms")


@dataclass(frozen=True)
class DefinedTerm:
    """A glossary term and the page (``rnn-basics``, ``glossary``) that introduces it."""

    words: Mapping[str, str]  # language -> the term as the glossary writes it
    page: str


def defined_terms(glossary: Path) -> list[DefinedTerm]:
    """The terms of ``glossary.yml`` that record where they are defined."""
    entries = yaml.safe_load(glossary.read_text(encoding="utf-8"))
    return [
        DefinedTerm({"ko": entry["ko"], "en": entry["en"]}, entry["defined_in"])
        for entry in entries
        if entry.get("defined_in")
    ]


def page_location(page: str, lang: str, default_lang: str, directory_urls: bool = True) -> str:
    """The search index location of a page's own entry: ``rnn-basics/``, ``en/rnn-basics/``, ``en/`` for
    the home page; ``rnn-basics.html``, ``en/index.html`` without directory URLs (the offline bundle)."""
    prefix = "" if lang == default_lang else f"{lang}/"
    if not directory_urls:
        return f"{prefix}{page or 'index'}.html"
    return f"{prefix}{page}/" if page else prefix


def tag_defining_pages(
    index: dict,
    terms: Iterable[DefinedTerm],
    languages: Iterable[str],
    default_lang: str,
    directory_urls: bool = True,
) -> list[str]:
    """Add each term to the tags of its defining page's entry in ``index`` (in place; idempotent).

    Returns the locations that were expected but are not in the index (a page missing in one language).
    """
    entries = {doc["location"]: doc for doc in index["docs"]}
    missing = []
    for term in terms:
        for lang in languages:
            location = page_location(term.page, lang, default_lang, directory_urls)
            entry = entries.get(location)
            if entry is None:
                missing.append(location)
                continue
            tags = entry.setdefault("tags", [])
            if term.words[lang] not in tags:
                tags.append(term.words[lang])
    return missing


class _Options(Config):
    enabled = config_options.Type(bool, default=True)
    glossary = config_options.Type(str, default="docs/glossary.yml")
    languages = config_options.Type(list, default=["ko", "en"])


class SearchTermsPlugin(BasePlugin[_Options]):
    """Tags each glossary term's defining page in the search index."""

    @event_priority(-100)  # with i18n's (-100) and after it in the list: the index holds every language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        index_file = Path(config.site_dir) / "search" / "search_index.json"
        if not index_file.exists():
            return  # no search plugin, or a language build whose index i18n merges later
        glossary = Path(config.config_file_path).parent / self.config.glossary
        languages = self.config.languages
        index = json.loads(index_file.read_text(encoding="utf-8"))
        locations = {doc["location"] for doc in index["docs"]}
        directory_urls = config.use_directory_urls
        # Only the languages whose home page this index holds: i18n's nested build of another
        # language writes an index of its own first, which the merged one then replaces
        languages_here = [
            lang for lang in languages if page_location("", lang, languages[0], directory_urls) in locations
        ]
        missing = tag_defining_pages(index, defined_terms(glossary), languages_here, languages[0], directory_urls)
        if missing:
            log.warning("glossary.yml: defined_in names pages the search index lacks: %s", ", ".join(missing))
        index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
