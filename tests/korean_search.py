"""Material's search, as far as Korean words are concerned, mirrored in Python for tests without a browser.

Material splits each indexed text into tokens with the ``separator`` regex of the search config, keeps
them whole (Korean: no stemmer, no segmentation) and, at query time, adds ``*`` to every query word,
so a query word matches every token that *starts* with it. A noun followed by a particle (시퀀스가)
is one token starting with the noun: the bare noun finds it, as long as nothing is glued in front of it
(a quote or a bracket: ``"마지막"이``, ``(글자``), which is what the configured separator takes care of.
The other way round (the reader types 시퀀스가, the page writes 시퀀스를) is docs/javascripts/korean-query.js:
it strips the particle from the query before the search worker sees it.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from tests.korean_particles import PARTICLE_FORMS

MATERIAL_DEFAULT_SEPARATOR = r"[\s\-]+"  # Material's default for English and Korean
PARTICLES = (
    "에서",
    "으로",
    "까지",
    "부터",
    "에게",
    "처럼",
    "보다",
    "이나",
    "입니다",
    "이",
    "가",
    "은",
    "는",
    "을",
    "를",
    "의",
    "에",
    "로",
    "와",
    "과",
    "도",
    "만",
    "나",
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_TAG = re.compile(r"<[^>]+>")


def search_index(site: Path) -> dict:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


def korean_entries(site: Path, page: str | None = None) -> list[dict]:
    """Index entries of the Korean pages (not under ``en/``), optionally only those of ``page`` (``rnn-basics/``)."""
    entries = [doc for doc in search_index(site)["docs"] if not doc["location"].startswith("en/")]
    return [doc for doc in entries if page is None or doc["location"].split("#")[0] == page]


def plain(entry: dict) -> str:
    return html.unescape(_TAG.sub(" ", f"{entry['title']} {entry['text']}"))


def tokens(text: str, separator: str) -> set[str]:
    """The lower-cased tokens Material indexes ``text`` as."""
    return {token.lower() for token in re.split(separator, text) if token}


def unreachable_words(entries: list[dict], separator: str) -> set[str]:
    """Korean words of ``entries`` that no token starts with, so no query finds them by that word.

    A particle alone is no word a reader looks for: after a formula (``𝐡와``) it stays attached, as
    Korean spacing wants, and the formula's token holds it.
    """
    missing = set()
    for entry in entries:
        text = plain(entry)
        found = tokens(text, separator)
        missing |= {
            word
            for word in _HANGUL.findall(text)
            if word not in PARTICLE_FORMS and not any(token.startswith(word) for token in found)
        }
    return missing


def korean_tokens(site: Path, separator: str, page: str | None = None) -> set[str]:
    return set().union(*(tokens(plain(entry), separator) for entry in korean_entries(site, page)))


def noun_particle_pairs(site: Path, page: str, separator: str) -> list[tuple[str, str]]:
    """(noun, noun+particle) for every token of ``page`` that is a Korean word of 2+ syllables plus a particle."""
    pairs = set()
    for token in korean_tokens(site, separator, page):
        if _HANGUL.fullmatch(token):
            pairs |= {(token[: -len(p)], token) for p in PARTICLES if token.endswith(p) and len(token) - len(p) >= 2}
    return sorted(pairs)


def nouns_only_with_particles(site: Path, page: str, separator: str) -> list[tuple[str, str]]:
    """(noun, noun+particle) pairs: the page has noun+particle, and no Korean page has the bare noun as a token."""
    everywhere = korean_tokens(site, separator)
    return [(noun, written) for noun, written in noun_particle_pairs(site, page, separator) if noun not in everywhere]


def particles_never_written(site: Path, page: str, separator: str) -> list[tuple[str, str]]:
    """(query, written): a noun of ``page`` with a particle no Korean page writes it with, and how the page writes it.

    Without particle stripping such a query finds nothing: no token starts with it.
    """
    everywhere = korean_tokens(site, separator)
    found = []
    for noun, written in noun_particle_pairs(site, page, separator):
        for particle in ("가", "를", "는", "의", "에서"):
            query = noun + particle
            if not any(token.startswith(query) for token in everywhere):
                found.append((query, written))
    return sorted(set(found))
