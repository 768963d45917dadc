"""A content-addressed cache of snippet results.

The key covers everything that can change what a snippet prints: its bytes,
the bytes of every repository file it imports (followed transitively), the
Python, TensorFlow, Keras, NumPy and matplotlib versions, and ``FORMAT_VERSION``. Change
any of them and the key changes; change nothing and it stays. File times
play no part, so a cached result is never stale.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from . import FORMAT_VERSION
from .runner import RunResult

LIBRARIES = ("tensorflow", "keras", "numpy", "matplotlib")  # matplotlib: figures are part of a result


def library_versions() -> dict[str, str]:
    """Versions that shape a snippet's output, read without importing the libraries."""
    versions = {"python": sys.version}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def _imported_modules(source: bytes) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
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


def local_imports(snippet: Path, repo_root: Path) -> list[Path]:
    """Repository files ``snippet`` imports, directly or through each other, sorted."""
    search = [snippet.parent.resolve(), repo_root.resolve()]
    seen: set[Path] = set()
    todo = [snippet.resolve()]
    while todo:
        current = todo.pop()
        try:
            modules = _imported_modules(current.read_bytes())
        except SyntaxError:
            continue  # the run will report it with its line
        for module in modules:
            found = _module_file(module, search)
            if found and found not in seen and found != snippet.resolve():
                seen.add(found)
                todo.append(found)
    return sorted(seen)


def cache_key(snippet: Path, repo_root: Path, versions: dict[str, str] | None = None) -> str:
    """The hex digest naming ``snippet``'s result in the cache.

    ``versions`` defaults to ``library_versions()``; pass it when keying many
    snippets, since looking versions up scans site-packages each time.
    """
    digest = hashlib.sha256()

    def feed(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    feed("format", str(FORMAT_VERSION).encode())
    for name, version in sorted((versions or library_versions()).items()):
        feed(f"version:{name}", version.encode())
    root = repo_root.resolve()
    feed("snippet", snippet.resolve().relative_to(root).as_posix().encode())
    feed("snippet-bytes", snippet.read_bytes())
    for path in local_imports(snippet, root):
        feed(f"import:{path.relative_to(root).as_posix()}", path.read_bytes())
    return digest.hexdigest()


class ResultCache:
    """Results on disk, one JSON file per key, each carrying its own checksum."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[RunResult | None, str | None]:
        """``(result, None)`` on a hit, ``(None, None)`` on a miss, ``(None, why)`` if corrupt."""
        path = self._path(key)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None, None
        except (OSError, UnicodeDecodeError) as exc:
            return None, f"unreadable ({exc})"
        try:
            entry = json.loads(raw)
            payload = entry["result"]
            if entry["key"] != key or entry["format"] != FORMAT_VERSION:
                return None, "entry belongs to another key or format"
            if entry["checksum"] != _checksum(payload):
                return None, "checksum mismatch"
            return RunResult.from_dict(payload), None
        except (ValueError, KeyError, TypeError) as exc:
            return None, f"malformed ({type(exc).__name__})"

    def put(self, key: str, result: RunResult) -> None:
        """Store atomically: readers see the old entry or the whole new one, never half."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = result.to_dict()
        entry = {"key": key, "format": FORMAT_VERSION, "checksum": _checksum(payload), "result": payload}
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def clear(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def _checksum(payload: dict) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
