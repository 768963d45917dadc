"""Convert one LaTeX formula to MathML, refusing broken LaTeX (latex2mathml alone is lenient).

Finding the formulas in a page is the Markdown extension's job (``extension.py``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from latex2mathml.converter import convert

_MATHML_NS = "{http://www.w3.org/1998/Math/MathML}"
# MathML elements that take a fixed number of children; a wrong count means broken LaTeX (``\frac{a}``).
_ARITY = {"mfrac": 2, "msub": 2, "msup": 2, "msubsup": 3, "mroot": 2, "munder": 2, "mover": 2, "munderover": 3}


class MathError(Exception):
    """A formula that cannot be converted; the message starts with ``page:line``."""


def _check_braces(latex: str) -> None:
    depth = 0
    for match in re.finditer(r"\\.|[{}]", latex):
        if match.group() == "{":
            depth += 1
        elif match.group() == "}":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced braces: '}' without '{'")
    if depth:
        raise ValueError("unbalanced braces: '{' never closed")


def _check_mathml(mathml: str) -> None:
    try:
        root = ET.fromstring(mathml)
    except ET.ParseError as exc:  # e.g. a raw "&" from an environment latex2mathml does not know
        raise ValueError(
            f"latex2mathml produced invalid MathML ({exc}); use align (not aligned) or one $$ block per equation"
        ) from None
    for element in root.iter():
        tag = element.tag.removeprefix(_MATHML_NS)
        if tag in _ARITY and len(element) != _ARITY[tag]:
            raise ValueError(f"<{tag}> needs {_ARITY[tag]} arguments, got {len(element)}")
        if tag in {"mi", "mo", "mtext"} and (element.text or "").startswith("\\"):
            raise ValueError(f"unknown command {element.text}")


def latex_to_mathml(latex: str, *, display: bool) -> str:
    """MathML for one formula; ``ValueError`` if the LaTeX is broken (latex2mathml alone is lenient)."""
    if not latex.strip():
        raise ValueError("empty formula")
    _check_braces(latex)
    try:
        mathml = convert(latex.strip(), display="block" if display else "inline")
    except Exception as exc:  # latex2mathml raises its own exception types, without messages
        raise ValueError(f"{type(exc).__name__} {exc}".strip()) from None
    _check_mathml(mathml)
    return mathml
