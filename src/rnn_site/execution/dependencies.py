"""What a snippet depends on besides its own bytes: the repository files it imports, and data files it names.

Read from the source, never by running it: ``import`` statements followed through the repository
(``local_imports``), and string constants that name a file beside the snippets (``data_files``).
The cache key hashes both; the fork server reads which packages a snippet imports.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path


@functools.lru_cache(maxsize=1024)
def _syntax_tree(source: bytes) -> ast.Module:
    """``source`` parsed once per process (every build of ``mkdocs serve`` keys every snippet again); read only."""
    return ast.parse(source)


def _imported_modules(source: bytes) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(_syntax_tree(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    # ``import a.b`` also runs ``a/__init__.py``
    return names | {name.rsplit(".", depth)[0] for name in names for depth in range(1, name.count(".") + 1)}


def _module_file(name: str, search: list[Path]) -> Path | None:
    parts = name.split(".")
    for base in search:
        for candidate in (base.joinpath(*parts).with_suffix(".py"), base.joinpath(*parts, "__init__.py")):
            if candidate.is_file():
                return candidate.resolve()
    return None


def local_imports(snippet: Path, repo_root: Path, source: bytes | None = None) -> list[Path]:
    """Repository files ``snippet`` (or ``source``, its bytes) imports, directly or through each other, sorted."""
    search = [snippet.parent.resolve(), repo_root.resolve()]
    seen: set[Path] = set()
    todo = [snippet.resolve()]
    while todo:
        current = todo.pop()
        try:
            data = source if source is not None and current == snippet.resolve() else current.read_bytes()
            modules = _imported_modules(data)
        except SyntaxError:
            continue  # the run will report it with its line
        for module in modules:
            found = _module_file(module, search)
            if found and found not in seen and found != snippet.resolve():
                seen.add(found)
                todo.append(found)
    return sorted(seen)


def _file_names(source: bytes) -> set[str]:
    """The string constants of ``source`` that could name a file (``'poem.txt'``): no path separator or space."""
    try:
        tree = _syntax_tree(source)
    except SyntaxError:
        return set()
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and "." in node.value
        and not set(node.value) & set("/\\ \n\t")
    }


def data_files(snippet: Path, sources: list[bytes]) -> list[Path]:
    """Files beside the snippets that ``sources`` name by file name in a string (``'data' / 'poem.txt'``), sorted.

    A snippet that reads a data file with ``open()`` depends on its bytes as much as on an
    import's; naming the file in a string is how a snippet finds it, so that is what is looked for.
    """
    names = set().union(*(_file_names(source) for source in sources))
    if not names:
        return []
    folder = snippet.parent.resolve()
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and path.name in names
    )


def imported_packages(snippet: Path, repo_root: Path) -> set[str]:
    """Top-level names of every module ``snippet`` imports, itself or through the repository files it imports."""
    names: set[str] = set()
    for path in [snippet, *local_imports(snippet, repo_root)]:
        try:
            names |= {name.split(".")[0] for name in _imported_modules(path.read_bytes())}
        except (OSError, SyntaxError):
            continue
    return names
