"""Run a variant of a snippet in this process, for the tests of its facts.

``run_variant("rnn_outputs_by_flags", LAYER="LSTM", RETURN_STATE=True)`` runs
``snippets/rnn_outputs_by_flags.py`` with those literals replaced, as the build's variants are
made (``rnn_site.execution.variants.variant_source``), and returns its top-level names and what it
printed (``"__stdout__"``). Each variant runs once per test session. Call it inside a test, never
at import time: importing a test module never trains or builds a model.
"""

from __future__ import annotations

import contextlib
import functools
import io
from pathlib import Path
from typing import Any

from rnn_site.execution.variants import read_choices, variant_source

SNIPPETS = Path(__file__).resolve().parent.parent / "snippets"


def declared(snippet: str) -> dict[str, tuple[Any, ...]]:
    """The values each name of ``snippet`` may take (Python values), in declaration order."""
    import ast

    path = SNIPPETS / f"{snippet}.py"
    return {
        c.name: tuple(ast.literal_eval(v) for v in c.values)
        for c in read_choices(path.read_text(encoding="utf-8"), str(path))
    }


def every_variant(snippet: str) -> list[dict[str, Any]]:
    """Each combination of ``snippet``'s declared values (Python values), for ``parametrize``."""
    import itertools

    names = declared(snippet)
    return [dict(zip(names, values)) for values in itertools.product(*names.values())]


def run_variant(snippet: str, **values: Any) -> dict[str, Any]:
    """The namespace of ``snippets/<snippet>.py`` run with ``values`` put in, plus ``"__stdout__"``."""
    return dict(_run(snippet, tuple(sorted((name, repr(value)) for name, value in values.items()))))


@functools.cache
def _run(snippet: str, chosen: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    path = SNIPPETS / f"{snippet}.py"
    source = variant_source(path.read_text(encoding="utf-8"), dict(chosen), str(path))
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": str(path)}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, str(path), "exec"), namespace)
    namespace["__stdout__"] = printed.getvalue()
    return namespace
