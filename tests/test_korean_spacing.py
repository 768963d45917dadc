"""Korean particles attach to the word before them (한글 맞춤법 제41항), whatever its script.

`RNN에`, `shape이`, `` `outputs`는 ``, `(1, 5, 2)를`, `[홈](index.md)에서`: a particle (and the copula
이다) is written without a space after Latin letters, digits, code, math, links and quotes, exactly as
after Hangul. Each Korean page is read with the site's own Markdown parser, so code blocks are left out
and a code span, a formula or a link counts as the word the particle follows.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from rnn_site import labels
from tests.conftest import DOCS
from tests.korean_particles import PARTICLE_FORMS
from tests.page_text import page_soup

_CODE = "\u2063CODE\u2063"  # stands for a code span or a formula: a word that is not Hangul
_SPACED = re.compile(
    r"(?:[A-Za-z0-9)\]\"'”’%]|" + _CODE + r")[ \t\n]+(" + "|".join(PARTICLE_FORMS) + r")(?=[\s.,)!?:;\"'”’]|$)"
)


def spaced_particles(text: str) -> list[str]:
    """Each particle in ``text`` that stands apart from the word before it, with that word."""
    return [text[max(0, m.start() - 20) : m.end()].replace(_CODE, "`…`") for m in _SPACED.finditer(text)]


_BLOCKS = {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "figcaption", "div"}
_BETWEEN_BLOCKS = "\u2029"  # a paragraph separator: no particle attaches across it


def _reading(page: str) -> str:
    """The page as a reader reads it: code blocks gone, code spans and formulas as one non-Hangul word,
    each block's text apart from the next (a line break inside a paragraph reads as a space)."""
    soup = BeautifulSoup(str(page_soup(page, "ko")), "html.parser")
    for block in soup.find_all(["pre", "script", "style"]):
        block.decompose()
    for span in soup.find_all(["code", "math"]):
        span.replace_with(_CODE)
    pieces, current = [], None
    for text in soup.find_all(string=True):
        block = text.find_parent(_BLOCKS)
        if block is not current:
            pieces.append(_BETWEEN_BLOCKS)
            current = block
        pieces.append(str(text))
    return "".join(pieces)


def test_the_check_finds_what_it_should():
    assert spaced_particles("RNN 에 넣으면") == ["RNN 에"]
    assert len(spaced_particles(f"{_CODE} 는 (1, 5, 2) 를 돌려줍니다")) == 2
    assert len(spaced_particles('"hihell" 을 넣으면 "ihello" 입니다')) == 2
    assert not spaced_particles("RNN에 넣은 `x`는 (1, 5, 2)를 돌려줍니다. 이 값은 은닉 상태입니다")
    assert spaced_particles(f"상태 {_CODE}\n를 넘깁니다") == ["상태 `…`\n를"]  # a line break reads as a space
    assert not spaced_particles(f"식은 {_CODE}{_BETWEEN_BLOCKS}이 식은")  # a new paragraph


@pytest.mark.parametrize("page", [p.name.split(".")[0] for p in sorted(DOCS.glob("*.ko.md"))])
def test_no_spaced_particle_on_a_korean_page(page):
    found = spaced_particles(_reading(page))
    assert not found, f"docs/{page}.ko.md: {len(found)} spaced particle(s), attach them: {found[:10]}"


def _korean_labels(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for key, inner in value.items() if key != "en" for text in _korean_labels(inner)]
    return [value] if isinstance(value, str) else []


def test_no_spaced_particle_in_what_the_tooling_writes():
    """Every Korean word the build writes (labels.py) follows the same rule; a placeholder counts as a word."""
    found = [
        hit
        for table in vars(labels).values()
        for text in _korean_labels(table)
        for hit in spaced_particles(re.sub(r"\{[^}]*\}", "x", text))
    ]
    assert not found, found
