"""An independent account of the arrays each line of a snippet makes, to check the build's shape hints.

The build instruments a snippet's syntax tree with probes (rnn_site/execution/shapes.py). This
oracle shares none of that code: it runs the snippet one top-level statement at a time from its
AST in a fresh namespace, stepping through ``for``, ``while``, ``if``, ``with`` and ``try`` itself,
and after each statement reads the names it bound straight from the namespace. A shape is
written as Python writes a tuple of its dimensions, ``str(tuple(value.shape))``, so a tuple of
arrays reads ``((1, 5, 2), (1, 2))``.

The test session runs it as the importer of every snippet (``install``): ``import hello_rnn``,
by a test or by another snippet, steps ``snippets/hello_rnn.py`` into its module's namespace and
keeps its record, so the one run the tests use is also the oracle's, with no other process.
``records()`` gives snippet file name -> {line: {name: [distinct shapes, first seen first]}}.

    python -m tests.shape_oracle snippets/a.py snippets/b.py ...

prints the same as one JSON object, each snippet in its own namespace, outside pytest.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.abc
import importlib.util
import io
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

Record = dict[int, dict[str, list[str]]]


def shape_of(value: Any, depth: int = 0) -> Any:
    """Nested tuples of dimensions (a list for a list of arrays), or None if not array-like."""
    if isinstance(value, (tuple, list)):
        items = [shape_of(item, depth + 1) for item in value] if value and depth < 2 and len(value) <= 8 else [None]
        if any(item is None for item in items):
            return None
        return tuple(items) if isinstance(value, tuple) else items
    if isinstance(value, type) or not (hasattr(value, "shape") and hasattr(value, "dtype")):
        return None
    try:
        return tuple(None if d is None else int(d) for d in value.shape)
    except (TypeError, ValueError):
        return None


def bound_names(target: ast.AST) -> list[str]:
    return [node.id for node in ast.walk(target) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)]


class Stepper:
    """Runs a module's statements one by one, recording what each assignment left."""

    def __init__(self, path: str, namespace: dict[str, Any] | None = None) -> None:
        self.path = path
        self.record: Record = {}
        self.namespace: dict[str, Any] = (
            {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__} if namespace is None else namespace
        )

    def note(self, line: int | None, names: list[str]) -> None:
        assert line is not None, "a parsed statement has its end line"
        for name in dict.fromkeys(names):
            shape = shape_of(self.namespace.get(name))
            if shape is not None:
                shapes = self.record.setdefault(line, {}).setdefault(name, [])
                if str(shape) not in shapes:
                    shapes.append(str(shape))

    def run(self, node: ast.stmt) -> None:
        code = compile(ast.Module([node], type_ignores=[]), self.path, "exec", dont_inherit=True)
        exec(code, self.namespace)

    def value(self, expr: ast.expr) -> Any:
        return eval(compile(ast.Expression(expr), self.path, "eval", dont_inherit=True), self.namespace)

    def bind(self, target: ast.expr, value: Any) -> None:
        self.namespace["__oracle_value__"] = value
        assign = ast.Assign([target], ast.Name("__oracle_value__", ast.Load()))
        self.run(ast.fix_missing_locations(ast.copy_location(assign, target)))
        del self.namespace["__oracle_value__"]

    def block(self, body: list[ast.stmt]) -> None:
        for node in body:
            self.statement(node)

    def statement(self, node: ast.stmt) -> None:
        if isinstance(node, ast.For):
            for item in self.value(node.iter):
                self.bind(node.target, item)
                self.note(node.iter.end_lineno, bound_names(node.target))
                self.block(node.body)
            self.block(node.orelse)
        elif isinstance(node, ast.While):
            while self.value(node.test):
                self.block(node.body)
        elif isinstance(node, ast.If):
            self.block(node.body if self.value(node.test) else node.orelse)
        elif isinstance(node, ast.With) and len(node.items) == 1:
            item = node.items[0]
            with self.value(item.context_expr) as entered:
                if item.optional_vars is not None:
                    self.bind(item.optional_vars, entered)
                    self.note(
                        max(item.context_expr.end_lineno or 0, item.optional_vars.end_lineno or 0),
                        bound_names(item.optional_vars),
                    )
                self.block(node.body)
        elif isinstance(node, ast.Try) and not node.finalbody:
            self.attempt(node)
        else:
            self.run(node)
            if isinstance(node, ast.Assign):
                self.note(node.end_lineno, [n for target in node.targets for n in bound_names(target)])
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and node.value is not None:
                self.note(node.end_lineno, bound_names(node.target))

    def attempt(self, node: ast.Try) -> None:
        try:
            self.block(node.body)
        except Exception as exc:
            for handler in node.handlers:
                if handler.type is None or isinstance(exc, self.value(handler.type)):
                    if handler.name:
                        self.namespace[handler.name] = exc
                    self.block(handler.body)
                    break
            else:
                raise
        else:
            self.block(node.orelse)


def line_shapes(path: str) -> Record:
    stepper = Stepper(path)
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=path)
    sys.path[0] = str(Path(path).parent)
    with contextlib.redirect_stdout(io.StringIO()):
        stepper.block(tree.body)
    return stepper.record


_RECORDS: dict[str, Record] = {}


class _SteppingLoader(importlib.abc.Loader):
    """Executes a snippet module statement by statement (``Stepper``) and keeps what each line bound."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def create_module(self, spec: Any) -> None:
        return None  # the default module

    def exec_module(self, module: ModuleType) -> None:
        stepper = Stepper(str(self.path), module.__dict__)
        stepper.block(ast.parse(self.path.read_text(encoding="utf-8"), filename=str(self.path)).body)
        _RECORDS[self.path.name] = stepper.record


class _SnippetFinder(importlib.abc.MetaPathFinder):
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        file = self.folder / f"{fullname}.py"
        if "." in fullname or not file.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, file, loader=_SteppingLoader(file))


def install(folder: Path) -> None:
    """From now on, importing a snippet of ``folder`` steps it and records its line shapes."""
    if not any(isinstance(finder, _SnippetFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SnippetFinder(folder))


def records(folder: Path) -> dict[str, Record]:
    """Every snippet's record, importing (so running) each one not imported yet."""
    for file in sorted(folder.glob("*.py")):
        importlib.import_module(file.stem)
        assert file.name in _RECORDS, f"{file.stem} was imported before the stepping importer was installed"
    return {file.name: _RECORDS[file.name] for file in sorted(folder.glob("*.py"))}


def main(paths: list[str]) -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    result = {Path(path).name: line_shapes(str(Path(path).resolve())) for path in paths}
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
