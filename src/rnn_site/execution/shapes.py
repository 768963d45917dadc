"""Run a snippet as ``runpy.run_path`` would and record the arrays each assigning line made.

For every statement of the snippet's own top-level code that binds names
(``=``, tuple unpacking, ``+=``, an annotated assignment, ``for`` and ``with``
targets), the shape and dtype of each array-like value it bound are recorded
right after it ran: NumPy arrays, TensorFlow tensors and variables, Keras
symbolic tensors (``None`` for an unknown dimension), and tuples or lists of
them. A line run several times (a loop) keeps every distinct shape it made.

Why not ``sys.settrace``: on Python 3.11 a trace function, even one that ignores
every frame but the snippet's, sends each bytecode instruction of *all* Python
code (Keras included) through the interpreter's tracing path. Measured on this
machine: 3.5x slower for call-heavy Python, +32 to +44% for the hihello
training snippet (benchmarks/shape_overhead.py). So the snippet's syntax tree gets a probe call after each assigning
statement (first thing in a ``for``/``with`` body) instead, compiled with the
statement's own line numbers: library code runs untouched, tracebacks point
at the same lines, and the snippet's namespace gets no extra name (the probe
is a builtin for the duration of the run).
"""

from __future__ import annotations

import ast
import builtins
import io
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any

# ``try`` and, from Python 3.11, ``try``/``except*``: both have body, handlers, orelse and finalbody
_TRY_NODES: tuple[type[ast.Try], ...] = (ast.Try, getattr(ast, "TryStar", ast.Try))

PROBE = "__rnn_site_shape_probe__"
MAX_ITEMS = 8  # a tuple or list of more arrays than this gets no hint: it would not fit on a line


@dataclass(frozen=True)
class ArrayShape:
    """One array-like value: its dimensions (``None`` where unknown) and dtype name."""

    dims: tuple[int | None, ...]
    dtype: str

    def text(self) -> str:
        inner = ", ".join("None" if d is None else str(d) for d in self.dims)
        return f"({inner},)" if len(self.dims) == 1 else f"({inner})"


@dataclass(frozen=True)
class SequenceShape:
    """A tuple or list of array-like values (what ``return_state=True`` layers return)."""

    kind: str  # "tuple" or "list"
    items: tuple[Shape, ...]

    def text(self) -> str:
        inner = ", ".join(item.text() for item in self.items)
        if self.kind == "list":
            return f"[{inner}]"
        return f"({inner},)" if len(self.items) == 1 else f"({inner})"


Shape = ArrayShape | SequenceShape


@dataclass(frozen=True)
class NameShapes:
    """The distinct shapes one name was given on one line, in the order they first appeared."""

    name: str
    shapes: tuple[Shape, ...]


@dataclass(frozen=True)
class LineShapes:
    """What one line of the snippet left in its names (``line`` is where the hint goes)."""

    line: int
    names: tuple[NameShapes, ...]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LineShapes:
        """Inverse of ``dataclasses.asdict`` (how results travel and are cached)."""
        return cls(
            int(data["line"]),
            tuple(NameShapes(n["name"], tuple(_shape_from_dict(s) for s in n["shapes"])) for n in data["names"]),
        )


def _shape_from_dict(data: dict[str, Any]) -> Shape:
    if "items" in data:
        return SequenceShape(data["kind"], tuple(_shape_from_dict(item) for item in data["items"]))
    return ArrayShape(tuple(data["dims"]), data["dtype"])


def describe(value: object, depth: int = 0) -> Shape | None:
    """The shape of an array-like value (or a short tuple/list of them); None for anything else."""
    if isinstance(value, (tuple, list)):
        if depth >= 2 or not value or len(value) > MAX_ITEMS:
            return None
        items = tuple(describe(item, depth + 1) for item in value)
        if any(item is None for item in items):
            return None
        return SequenceShape("tuple" if isinstance(value, tuple) else "list", items)  # type: ignore[arg-type]
    if isinstance(value, type):
        return None
    try:  # duck typing, so no library is imported here: a NumPy-only snippet never loads TensorFlow
        shape, dtype = value.shape, value.dtype  # type: ignore[attr-defined]
        dims = tuple(None if d is None else int(d) for d in shape)
    except Exception:  # no shape, an unknown rank, a property that raises: not an array to show
        return None
    return ArrayShape(dims, str(getattr(dtype, "name", dtype)))


@dataclass(frozen=True)
class Site:
    """One assigning statement: the names it binds, and the line its hint belongs to."""

    line: int
    names: tuple[str, ...]


def target_names(target: ast.expr) -> list[str]:
    """Names a target binds, in order: ``a``, ``a, (b, *c)``; attributes and subscripts bind none."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in target_names(element)]
    if isinstance(target, ast.Starred):
        return target_names(target.value)
    return []


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


class _Instrumenter:
    """Adds ``PROBE(site, name, ...)`` after every assigning statement of the module's own code."""

    def __init__(self) -> None:
        self.sites: list[Site] = []

    def _probe(self, names: tuple[str, ...], line: int, where: ast.AST) -> ast.stmt:
        self.sites.append(Site(line, names))
        args: list[ast.expr] = [ast.Constant(len(self.sites) - 1)] + [ast.Name(n, ast.Load()) for n in names]
        call = ast.Expr(ast.Call(ast.Name(PROBE, ast.Load()), args, []))
        return ast.copy_location(call, where)

    def body(self, statements: list[ast.stmt]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for stmt in statements:
            out.append(stmt)
            names: tuple[str, ...] = ()
            if isinstance(stmt, ast.Assign):
                names = _unique([n for target in stmt.targets for n in target_names(target)])
            elif isinstance(stmt, (ast.AugAssign, ast.AnnAssign)) and getattr(stmt, "value", None) is not None:
                names = _unique(target_names(stmt.target))
            if names:
                out.append(self._probe(names, stmt.end_lineno or stmt.lineno, stmt))
            self._compound(stmt)
        return out

    def _compound(self, stmt: ast.stmt) -> None:
        """Recurse into blocks that run in the module's frame (not into def or class bodies)."""
        if isinstance(stmt, (ast.For, ast.AsyncFor)):
            stmt.body, stmt.orelse = self.body(stmt.body), self.body(stmt.orelse)
            names = _unique(target_names(stmt.target))
            if names:  # the header's last line: where the colon is
                stmt.body.insert(0, self._probe(names, stmt.iter.end_lineno or stmt.lineno, stmt.target))
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            stmt.body = self.body(stmt.body)
            names = _unique([n for item in stmt.items if item.optional_vars for n in target_names(item.optional_vars)])
            if names:
                line = max(
                    node.end_lineno or stmt.lineno
                    for item in stmt.items
                    for node in (item.context_expr, item.optional_vars)
                    if node
                )
                stmt.body.insert(0, self._probe(names, line, stmt.items[0].context_expr))
        elif isinstance(stmt, (ast.While, ast.If)):
            stmt.body, stmt.orelse = self.body(stmt.body), self.body(stmt.orelse)
        elif isinstance(stmt, _TRY_NODES):
            stmt.body, stmt.orelse, stmt.finalbody = (
                self.body(stmt.body),
                self.body(stmt.orelse),
                self.body(stmt.finalbody),
            )
            for handler in stmt.handlers:
                handler.body = self.body(handler.body)
        elif isinstance(stmt, ast.Match):
            for case in stmt.cases:
                case.body = self.body(case.body)


def instrument(tree: ast.Module) -> tuple[ast.Module, list[Site]]:
    """``tree`` with probes added (in place), and the assigning statements, indexed as the probes are."""
    instrumenter = _Instrumenter()
    tree.body = instrumenter.body(tree.body)
    return ast.fix_missing_locations(tree), instrumenter.sites


class Recorder:
    """The probe: keeps each site's distinct shapes per name, never a reference to an array."""

    def __init__(self, sites: list[Site]) -> None:
        self.sites = sites
        self.seen: dict[int, dict[str, list[Shape]]] = {}

    def __call__(self, index: int, *values: object) -> None:
        try:
            site = self.sites[index]
            for name, value in zip(site.names, values):
                shape = describe(value)
                if shape is not None:
                    shapes = self.seen.setdefault(index, {}).setdefault(name, [])
                    if shape not in shapes:
                        shapes.append(shape)
        except Exception:
            pass

    def lines(self) -> list[LineShapes]:
        """One entry per line with at least one array, in line order (sites on one line merged)."""
        by_line: dict[int, list[NameShapes]] = {}
        for index in sorted(self.seen, key=lambda i: (self.sites[i].line, i)):
            names = by_line.setdefault(self.sites[index].line, [])
            names += [NameShapes(name, tuple(shapes)) for name, shapes in self.seen[index].items()]
        return [LineShapes(line, tuple(names)) for line, names in sorted(by_line.items())]


def run_traced(
    path: str, run_name: str = "__main__", source: bytes | None = None
) -> tuple[dict[str, Any], list[LineShapes]]:
    """Do what ``runpy.run_path(path, run_name=run_name)`` does for a ``.py`` file; also return its line shapes.

    As there: the code runs in a fresh module registered as ``sys.modules[run_name]``,
    with ``sys.argv[0]`` set to ``path``; a copy of its globals is returned. Exceptions
    (``SystemExit`` included) propagate, with the snippet's own line numbers. ``source``,
    when given, is run instead of reading ``path``.
    """
    if source is None:  # the child passes the bytes it read once, so the record names what ran
        with io.open_code(path) as handle:
            source = handle.read()
    tree, sites = instrument(ast.parse(source, filename=path))
    # dont_inherit: this module's ``from __future__ import annotations`` must not leak into the snippet
    code = compile(tree, path, "exec", dont_inherit=True)
    recorder = Recorder(sites)
    module = ModuleType(run_name)
    namespace = module.__dict__
    namespace.update(
        __name__=run_name,
        __file__=path,
        __cached__=None,
        __doc__=None,
        __loader__=None,
        __package__=run_name.rpartition(".")[0],
        __spec__=None,
    )
    saved_module, saved_argv0 = sys.modules.get(run_name), sys.argv[0] if sys.argv else None
    sys.modules[run_name] = module
    if sys.argv:
        sys.argv[0] = path
    setattr(builtins, PROBE, recorder)
    try:
        exec(code, namespace)
    finally:
        delattr(builtins, PROBE)
        if saved_module is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_module
        if sys.argv:
            sys.argv[0] = saved_argv0  # type: ignore[assignment]
    # a copy, as run_path returns: the module's dict may be cleared when it goes away
    return namespace.copy(), recorder.lines()
