"""Every concrete shape written as inline code on the cell lessons' pages is a shape their snippets produce.

Covers docs/inside-the-cell, docs/return-sequences-and-state and docs/lstm-and-gru: a shape such as
`(1, 5, 2)` typed in the prose must be the shape of some array, tensor or layer weight left by one of
the snippets the page embeds (or by the snippet it builds on), so a typo or a stale shape fails here.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

import pytest

from rnn_site.execution.embeds import find_embeds
from tests.conftest import DOCS, LANGUAGES

PAGES = ("inside-the-cell", "return-sequences-and-state", "lstm-and-gru")

# Shapes the prose states that no embedded snippet leaves behind, each asserted by a named test.
ASSERTED_ELSEWHERE = {
    "lstm-and-gru": {
        (6,)
    },  # GRU(reset_after=False) bias: test_lstm_gru_weights::test_gru_without_reset_after_has_one_bias_row
}

SHAPE_RE = re.compile(r"^\((\d+(?:, \d+)*)(,?)\)$")


def prose_shapes(page: str, lang: str) -> set[tuple[int, ...]]:
    text = (DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8")
    shapes = set()
    for code in re.findall(r"`([^`\n]+)`", text):
        match = SHAPE_RE.match(code)
        if match:
            shapes.add(tuple(int(d) for d in match.group(1).split(", ")))
    return shapes


def _shapes_of(value: Any, depth: int = 0) -> Iterator[tuple[int, ...]]:
    if depth > 3:
        return
    weights = getattr(value, "weights", None)
    if isinstance(weights, list) and hasattr(value, "count_params"):  # a Keras layer
        for weight in weights:
            yield tuple(int(d) for d in weight.shape)
        return
    shape = getattr(value, "shape", None)
    if shape is not None and hasattr(shape, "__len__") and hasattr(value, "dtype"):
        yield tuple(int(d) for d in shape)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _shapes_of(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _shapes_of(item, depth + 1)


def snippet_shapes(page: str) -> set[tuple[int, ...]]:
    names = [e.name for e in find_embeds((DOCS / f"{page}.ko.md").read_text(encoding="utf-8"))]
    shapes: set[tuple[int, ...]] = set()
    for name in names:
        module = importlib.import_module(name.removesuffix(".py"))
        for key, value in vars(module).items():
            if not key.startswith("_"):
                shapes.update(_shapes_of(value))
    return shapes


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_shape_in_the_prose_is_produced_by_the_pages_snippets(page, lang):
    allowed = snippet_shapes(page) | ASSERTED_ELSEWHERE.get(page, set())
    stated = prose_shapes(page, lang)
    assert stated, f"{page}.{lang}: no shapes found; the pattern is broken"
    assert stated <= allowed, f"{page}.{lang}: shapes no snippet produces: {sorted(stated - allowed)}"
