"""A number the prose quotes from a run is a number a snippet of that page printed.

Pages explain their outputs in words ("test accuracy 0.908 against 0.487 for the majority class").
Such a number is typed, so it could go stale when a snippet changes; this holds every decimal the
prose quotes with three significant digits or more (versions aside; a threshold such as "above 0.99"
has fewer) to the outputs, array tables and figures the built page shows: it must be one of them, or
one of them rounded to its decimals (0.693 for a printed 0.6931). So a number in the prose is always
one the build executed.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGUAGES, page_path, pages
from tests.page_text import page_prose
from tests.site_html import soup

_DECIMAL = re.compile(r"(?<![0-9A-Za-z_.])-?\d+\.\d{2,}(?:e-?\d+)?(?![0-9A-Za-z_.])")
# A version (TensorFlow 2.16, Keras 3.12) or a literal the prose quotes from code is no output
_VERSION = re.compile(r"(TensorFlow|Keras|Python|NumPy|tf|TF|버전|version)\s*$")


def quoted_numbers(prose: str) -> set[str]:
    """The decimals ``prose`` quotes with three significant digits or more, signs dropped, versions left out."""
    return {
        m[0].lstrip("-")
        for m in _DECIMAL.finditer(prose)
        if len(m[0].lstrip("-0.").replace(".", "").split("e")[0]) >= 3
        and not _VERSION.search(prose[max(0, m.start() - 12) : m.start()])
    }


def is_shown(number: str, printed: list[str]) -> bool:
    """``number`` is a printed number, or one rounded to ``number``'s decimals."""
    if "e" in number:
        return number in printed
    decimals = len(number.split(".")[1])
    return any(abs(round(abs(float(p)), decimals) - float(number)) < 10 ** -(decimals + 3) for p in printed)


def shown(page: str, lang: str, site) -> str:
    """Everything the page's snippets showed: code, outputs, array tables, figure text."""
    html = soup(page_path(site, page, lang))
    return " ".join(block.get_text(" ") for block in html.select(".snippet-run"))


def test_the_check_finds_what_it_should():
    quoted = quoted_numbers("정확도 0.908, TensorFlow 2.16 이상, 1e-7, 3번, -0.254와 13.36, 0.99를 넘는")
    assert quoted == {"0.908", "0.254", "13.36"}
    assert is_shown("0.693", ["0.6931", "2.0"]) and is_shown("13.36", ["13.36"]) and not is_shown("0.908", ["0.907"])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", pages())
def test_every_decimal_the_prose_quotes_was_printed(built_site, page, lang):
    numbers = quoted_numbers(page_prose(page, lang))
    if not numbers:
        return
    printed = re.findall(r"-?\d+\.\d+", shown(page, lang, built_site.site))
    missing = sorted(n for n in numbers if not is_shown(n, printed))
    assert not missing, f"docs/{page}.{lang}.md quotes numbers no snippet of the page shows: {missing}"
