"""Import a snippet for its tests without running it at collection time.

``lazy_snippet("hello_sequence_rnn")`` returns a stand-in at once; the snippet
runs (``import hello_sequence_rnn``, once per session, kept in ``sys.modules``)
on the first access to one of its public names. Private and dunder names are
answered without running it: pytest's collection probes every module-level
object for such names (``__pytest_wrapped__``, ``_pytestfixturefunction`` ...),
and ``importlib.util.LazyLoader`` ran the snippet on any of them, so
``pytest --collect-only`` used to train every model.

The import itself is tests/shape_oracle.py's (installed by tests/conftest.py): it runs the file's
statements one by one into the module and keeps the shapes each line bound, for the shape-hint tests.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import Any


class LazySnippet(ModuleType):
    """A module that imports the real snippet on first use of a public name."""

    def __getattr__(self, attr: str) -> Any:  # only called for names not set on the stand-in
        if attr.startswith("_"):
            raise AttributeError(f"{self.__name__!r} (not run yet) has no attribute {attr!r}")
        return getattr(importlib.import_module(self.__name__), attr)

    def __dir__(self) -> list[str]:
        return dir(importlib.import_module(self.__name__))


def lazy_snippet(name: str) -> ModuleType:
    """The snippet module ``snippets/<name>.py``, executed on first use."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"no snippet named {name!r} in snippets/")
    stand_in = LazySnippet(name)
    stand_in.__file__ = spec.origin
    return stand_in
