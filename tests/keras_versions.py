"""Mark a test that checks a behaviour of some Keras versions only.

The site supports every Keras 3 (TensorFlow 2.16 or later; README, "Versions"), and CI runs the
snippet tests on the oldest of that range too. A test of a behaviour that changed inside the range
says which versions it needs; elsewhere it is skipped, and the skip reason names the version.
"""

from __future__ import annotations

from importlib.metadata import version

import pytest


def _parse(text: str) -> tuple[int, ...]:
    """'3.15.1' -> (3, 15, 1); a suffix such as 'rc1' or '.dev0' is ignored."""
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(c for c in piece if c.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def installed_keras() -> tuple[int, ...]:
    """The installed Keras version, read from its metadata (importing Keras would import TensorFlow)."""
    return _parse(version("keras"))


def requires_keras(minimum: str, why: str) -> pytest.MarkDecorator:
    """Skip unless Keras >= ``minimum``; the reason names the version needed and the one installed."""
    return pytest.mark.skipif(
        installed_keras() < _parse(minimum),
        reason=f"needs Keras {minimum} or later (installed: {version('keras')}): {why}",
    )


def before_keras(limit: str, why: str) -> pytest.MarkDecorator:
    """Skip unless Keras < ``limit``: a test of what older versions did."""
    return pytest.mark.skipif(
        installed_keras() >= _parse(limit),
        reason=f"checks Keras older than {limit} (installed: {version('keras')}): {why}",
    )


PINNED_RUN = requires_keras(
    "3.15", "the numbers the page quotes are the run of the pinned Keras 3.15; another Keras draws other weights"
)
"""For a test of the exact figures a page's prose reads from its run (the claims themselves are tested apart)."""
