"""Import a snippet for its tests without running it at collection time.

``lazy_snippet("hello_sequence_rnn")`` returns the module at once but executes
the snippet on the first attribute access (``importlib.util.LazyLoader``), so
``pytest --collect-only`` trains nothing, and a snippet imported by several test
modules still runs only once per session (it is kept in ``sys.modules``).
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType



def lazy_snippet(name: str) -> ModuleType:
    """The snippet module ``snippets/<name>.py``, executed on first use."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no snippet named {name!r} in snippets/")
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
