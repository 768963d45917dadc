"""Variants of a snippet: the values a ``# try:`` comment names, and the file with each one put in.

A snippet declares what a reader may flip with a top-level assignment of a literal and a trailing
comment listing literal values::

    LAYER = 'SimpleRNN'  # try: 'SimpleRNN', 'LSTM', 'GRU'

The file as written is the default variant. Every combination of the declared values is a variant:
the same file with each literal replaced where the syntax tree says it stands (never by a text
search), so each variant is a plain Python file of its own. Everything here reads source text only;
running the variants is the batch's job, like any snippet's.
"""

from __future__ import annotations

import ast
import hashlib
import io
import itertools
import re
import tokenize
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

MAX_COMBINATIONS = 24
"""More variants than this is a page no reader will walk through, and a build that pays for each."""

URL_SAFE = "!*'()"
"""What JavaScript's ``encodeURIComponent`` leaves as it is, besides letters, digits and ``-_.~``."""

_TRY = re.compile(r"#\s*try\s*:\s*(?P<values>.*)$")


class VariantError(Exception):
    """A ``# try:`` declaration that cannot be honoured; the message starts with ``file:line``."""

    @property
    def line(self) -> int | None:
        """The snippet's line the message names (None if it names none)."""
        found = re.match(r"[^:\n]*:(\d+):", str(self))
        return int(found[1]) if found else None


@dataclass(frozen=True)
class Choice:
    """One declared name: its line, the literal the file has, and every literal to try (source text)."""

    name: str
    line: int
    default: str
    values: tuple[str, ...]


def token(value: str) -> str:
    """A literal's URL form: ``'LSTM'`` reads ``LSTM``, ``True`` reads ``True``."""
    literal = ast.literal_eval(value)
    return literal if isinstance(literal, str) else value


def _literal(node: ast.expr) -> bool:
    """A constant, or a negative number (``-1`` is a unary minus on a constant in the tree)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
        return (
            isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
        )
    return isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float, bool, type(None)))


def _same(a: str, b: str) -> bool:
    """Two literals with one value and one type (``1`` is not ``True``, ``1`` is not ``1.0``)."""
    x, y = ast.literal_eval(a), ast.literal_eval(b)
    return type(x) is type(y) and x == y


def _try_comments(source: str, filename: str) -> dict[int, tuple[str, int]]:
    """Line -> (the values written after ``# try:``, column of the comment), from the tokens."""
    found: dict[int, tuple[str, int]] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                match = _TRY.match(tok.string)
                if match:
                    found[tok.start[0]] = (match["values"].strip(), tok.start[1])
    except (tokenize.TokenError, SyntaxError) as exc:
        raise VariantError(f"{filename}: does not parse ({exc})") from None
    return found


def _parse_values(text: str, where: str) -> tuple[str, ...]:
    """The literals listed after ``# try:``, each as the source text written."""
    try:
        tree = ast.parse(f"({text},)", mode="eval")
    except SyntaxError:
        raise VariantError(f"{where}: '# try: {text}' is not a comma-separated list of Python literals") from None
    assert isinstance(tree.body, ast.Tuple)
    values = []
    for node in tree.body.elts:
        segment = ast.get_source_segment(f"({text},)", node) or ""
        if not _literal(node):
            raise VariantError(f"{where}: {segment} is not a literal (a string, number, True, False or None)")
        values.append(segment)
    return tuple(values)


def _assignments(tree: ast.Module) -> list[tuple[str, ast.expr, int]]:
    """Each top-level ``NAME = value`` (or ``NAME: type = value``): name, value and last line."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found.append((node.targets[0].id, node.value, node.end_lineno or node.lineno))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.append((node.target.id, node.value, node.end_lineno or node.lineno))
    return found


def read_choices(source: str, filename: str = "<snippet>") -> tuple[Choice, ...]:
    """Every ``# try:`` declaration of ``source``, in file order; ``VariantError`` names file and line."""
    comments = _try_comments(source, filename)
    if not comments:
        return ()
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as exc:
        raise VariantError(f"{filename}:{exc.lineno}: does not parse ({exc.msg})") from None
    assignments = {line: (name, value) for name, value, line in _assignments(tree)}
    choices: list[Choice] = []
    for line, (text, _) in sorted(comments.items()):
        where = f"{filename}:{line}"
        if line not in assignments:
            raise VariantError(
                f"{where}: '# try:' must end a top-level assignment of a literal to one name (NAME = value  # try: ...)"
            )
        name, value = assignments[line]
        if not _literal(value) or value.lineno != value.end_lineno:
            raise VariantError(f"{where}: the value of {name} is not a literal on one line, so it cannot be replaced")
        default = ast.get_source_segment(source, value) or ""
        values = _parse_values(text, where)
        if len(values) < 2:
            raise VariantError(f"{where}: '# try:' lists {len(values)} value(s); list at least two")
        if any(_same(a, b) for a, b in itertools.combinations(values, 2)):
            raise VariantError(f"{where}: '# try: {text}' lists a value twice")
        if len({token(v) for v in values}) < len(values):
            raise VariantError(f"{where}: '# try: {text}' has two values that read alike in a URL")
        if not any(_same(default, v) for v in values):
            raise VariantError(f"{where}: {name} = {default} is not among the values to try ({text})")
        if any(c.name == name for c in choices):
            raise VariantError(f"{where}: {name} is declared with '# try:' twice")
        choices.append(Choice(name, line, next(v for v in values if _same(default, v)), values))
    total = 1
    for choice in choices:
        total *= len(choice.values)
    if total > MAX_COMBINATIONS:
        raise VariantError(
            f"{filename}:{choices[0].line}: {' x '.join(str(len(c.values)) for c in choices)} = {total} variants;"
            f" at most {MAX_COMBINATIONS} (try fewer values)"
        )
    return tuple(choices)


def combinations(choices: Sequence[Choice]) -> list[dict[str, str]]:
    """Every variant as name -> literal, the default first, then in the order the values are listed."""
    if not choices:
        return []
    default = {c.name: c.default for c in choices}
    every = [dict(zip([c.name for c in choices], values)) for values in itertools.product(*(c.values for c in choices))]
    return [default] + [v for v in every if v != default]


def variant_key(choices: Sequence[Choice], chosen: Mapping[str, str]) -> str:
    """``LAYER=LSTM&RETURN_STATE=True``: the variant's name in ``data-variant`` and URLs."""
    return "&".join(f"{c.name}={quote(token(chosen[c.name]), safe=URL_SAFE)}" for c in choices)


def variant_source(
    source: str, chosen: Mapping[str, str], filename: str = "<snippet>", choices: Sequence[Choice] | None = None
) -> str:
    """``source`` with each chosen name's literal replaced by ``chosen[name]`` (literal source text).

    Found in the syntax tree (the assignment a ``# try:`` ends); the rest of the file, its
    comments included, is left byte for byte. Raises ``VariantError`` if the result does not
    parse or does not assign what was chosen. ``choices``: the declarations, if already read.
    """
    declared = {c.name: c for c in (read_choices(source, filename) if choices is None else choices)}
    unknown = set(chosen) - set(declared)
    if unknown:
        raise VariantError(f"{filename}: no '# try:' declares {', '.join(sorted(unknown))}")
    at_line = {c.line: c.name for c in declared.values()}
    lines = source.splitlines(keepends=True)
    for name, node, line in _assignments(ast.parse(source, filename)):
        if at_line.get(line) != name or name not in chosen:
            continue
        row = lines[node.lineno - 1].encode("utf-8")  # the tree's columns count UTF-8 bytes
        row = row[: node.col_offset] + chosen[name].encode("utf-8") + row[node.end_col_offset :]
        lines[node.lineno - 1] = row.decode("utf-8")
    result = "".join(lines)
    try:
        new_tree = ast.parse(result, filename)
    except SyntaxError as exc:
        raise VariantError(f"{filename}:{exc.lineno}: the variant {dict(chosen)} does not parse ({exc.msg})") from None
    assigned = {(name, line): node for name, node, line in _assignments(new_tree)}
    for name, wanted in chosen.items():
        got = assigned.get((name, declared[name].line))
        if got is None or not _literal(got) or not _same(ast.get_source_segment(result, got) or "None", wanted):
            raise VariantError(f"{filename}:{declared[name].line}: the variant does not assign {name} = {wanted}")
    return result


def changed_lines(default: str, variant: str) -> list[int]:
    """1-based numbers of the lines ``variant`` writes differently from ``default`` (same line count)."""
    return [number for number, (a, b) in enumerate(zip(default.splitlines(), variant.splitlines()), start=1) if a != b]


@dataclass(frozen=True)
class Variant:
    """One variant of a snippet as the build runs it: its key, the literals chosen, the file that runs."""

    key: str
    chosen: tuple[tuple[str, str], ...]  # (name, literal source) in declaration order
    path: Path  # the snippet itself for the default, else a copy written with the literals put in
    changed: tuple[int, ...] = ()  # lines that differ from the file as written


@dataclass(frozen=True)
class SnippetVariants:
    """A snippet's declared choices and every variant, the default first; ``source``: the text they came from."""

    choices: tuple[Choice, ...]
    variants: tuple[Variant, ...]
    source: str


def plan_variants(snippet: Path, folder: Path, label: str) -> SnippetVariants | None:
    """Read ``snippet``'s ``# try:`` declarations and write each non-default variant under ``folder``.

    None when it declares none. Each variant is written once, as ``folder/<stem>/<digest>/<name>``
    (same file name, so figures and messages read alike; the digest of its text keeps
    two variants apart). ``label`` (``snippets/x.py``) starts every ``VariantError``.
    """
    source = snippet.read_bytes().decode("utf-8", "surrogateescape")
    choices = read_choices(source, label)
    if not choices:
        return None
    variants = []
    for chosen in combinations(choices):
        key = variant_key(choices, chosen)
        text = variant_source(source, chosen, label, choices)
        if text == source:
            path = snippet
        else:
            digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]
            path = folder / snippet.stem / digest / snippet.name
            if not path.is_file() or path.read_bytes() != text.encode("utf-8", "surrogateescape"):
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(text.encode("utf-8", "surrogateescape"))
        pairs = tuple((c.name, chosen[c.name]) for c in choices)
        variants.append(Variant(key, pairs, path, tuple(changed_lines(source, text))))
    return SnippetVariants(choices, tuple(variants), source)
