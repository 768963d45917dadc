"""Every variant a page shows carries the shape hints of its own run, found by the independent stepper."""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

import pytest

from tests import shape_oracle
from tests.conftest import LANGUAGES, page_path, pages, variant_text
from tests.site_html import soup
from tests.test_site.test_shape_hints import hinted_lines, parse_hint


@functools.cache
def variant_shapes(run: str) -> dict[int, dict[str, list[str]]]:
    """The line shapes of ``name?KEY``, stepped by tests/shape_oracle.py from a file holding the variant's text."""
    with tempfile.TemporaryDirectory(prefix="variant-") as folder:
        path = Path(folder) / run.split("?")[0]
        path.write_text(variant_text(run), encoding="utf-8")
        first = sys.path[0]
        try:
            return shape_oracle.line_shapes(str(path))
        finally:
            sys.path[0] = first  # the stepper puts the snippet's folder first, as python would


@pytest.mark.page_scoped
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", pages())
def test_each_variants_hints_equal_an_independent_run(built_site, page, lang):
    for group in soup(page_path(built_site.site, page, lang)).select("div.snippet-variants"):
        for panel in group.select("div.snippet-variant")[1:]:  # the default: test_shape_hints.py
            run = f"{group['data-snippet']}?{panel['data-variant']}"
            code = panel.select_one("div.snippet-run pre code")
            hints = {line: parse_hint(text) for line, (text, _) in hinted_lines(code).items()}
            assert hints == variant_shapes(run), f"{page}.{lang}: {run}"
