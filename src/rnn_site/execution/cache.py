"""A content-addressed cache of snippet records, and the key that names each one.

The key covers everything that can change what a snippet prints: its bytes,
the bytes of every repository file it imports (followed transitively), the
Python, TensorFlow, Keras, NumPy and matplotlib versions, the execution
tooling's own source (``tooling_digest``), the environment variables that
change results (``RESULT_ENV``), and the machine type. Change any of them and
the key changes; change nothing and it stays. File times play no part, so a
cached result is never stale.

Each build records the keys it used (``last-build.json``); ``prune`` deletes
every other entry (``python -m rnn_site.execution prune``), and a build does
so itself once the cache passes its size limit.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

from .dependencies import data_files, local_imports
from .record import RunResult
from .runner import child_env

LIBRARIES = ("tensorflow", "keras", "numpy", "matplotlib")  # matplotlib: figures are part of a result

PAGE_SIDE = frozenset(
    {
        "__init__.py",
        "__main__.py",  # the command line
        "embeds.py",
        "figure_alt.py",
        "hints.py",
        "plugin.py",
        "public.py",
        "render.py",
        "site_embeds.py",
        "stamp.py",
        "truncate.py",
        "variants.py",  # writes the variants that run; their bytes are in their keys
    }
)
"""Modules of the execution package that only read pages or turn records into pages: editing them re-runs
nothing. Every other module (a new one too) is the run side and is in every key; no run-side module imports
one of these (tests/test_execution/test_cache_key.py checks it)."""

RESULT_ENV_PREFIXES = ("TF_", "KERAS_", "XLA_", "CUDA_", "OMP_", "MKL_", "OPENBLAS_")
RESULT_ENV_NAMES = ("PYTHONHASHSEED", "PYTHONWARNINGS", "MPLBACKEND", "NVIDIA_VISIBLE_DEVICES")
"""Environment variables that can change a snippet's numbers or output (threads, devices, seeds, logging)."""

MANIFEST = "last-build.json"


def library_versions() -> dict[str, str]:
    """Versions that shape a snippet's output, read without importing the libraries."""
    versions = {"python": sys.version}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def tooling_digest(package: Path = Path(__file__).parent) -> str:
    """Hash of the execution package's own source, but for the modules in ``PAGE_SIDE``.

    What runs in the child, captures figures or filters output is part of
    every result, so editing it re-runs every snippet (no version to bump).
    """
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        if path.name not in PAGE_SIDE:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(package).as_posix()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


def result_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The allow-listed variables of ``environ`` (``RESULT_ENV_PREFIXES``, ``RESULT_ENV_NAMES``)."""
    return {
        name: value
        for name, value in sorted(environ.items())
        if name.startswith(RESULT_ENV_PREFIXES) or name in RESULT_ENV_NAMES
    }


def key_context() -> dict[str, str]:
    """Everything but files that a key covers; compute once per build."""
    context = {f"version:{name}": version for name, version in library_versions().items()}
    context["machine"] = f"{platform.system()} {platform.machine()}"
    context["tooling"] = tooling_digest()
    context.update({f"env:{name}": value for name, value in result_env(child_env()).items()})  # what a snippet gets
    return context


def cache_key(
    snippet: Path, repo_root: Path, context: Mapping[str, str] | None = None, *, source: bytes | None = None
) -> str:
    """The hex digest naming ``snippet``'s result in the cache.

    ``context`` defaults to ``key_context()``; pass it when keying many
    snippets, since it scans site-packages and hashes the tooling. ``source``
    stands for the snippet's bytes (the bytes a run actually read). Data files the
    snippet or its imports name (``data_files``) count like imports.
    """
    digest = hashlib.sha256()

    def feed(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    for name, value in sorted((key_context() if context is None else context).items()):
        feed(f"context:{name}", value.encode())
    root = repo_root.resolve()
    feed("snippet", snippet.resolve().relative_to(root).as_posix().encode())
    source = snippet.read_bytes() if source is None else source
    feed("snippet-bytes", source)
    imports = local_imports(snippet, root, source)
    for path in imports:
        feed(f"import:{path.relative_to(root).as_posix()}", path.read_bytes())
    for path in data_files(snippet, [source, *(path.read_bytes() for path in imports)]):
        feed(f"data:{path.relative_to(root).as_posix()}", path.read_bytes())
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
            if entry["key"] != key:
                return None, "entry belongs to another key"
            if entry["checksum"] != _checksum(payload):
                return None, "checksum mismatch"
            return RunResult.from_dict(payload), None
        except (ValueError, KeyError, TypeError) as exc:
            return None, f"malformed ({type(exc).__name__})"

    def put(self, key: str, result: RunResult) -> None:
        """Store atomically: readers see the old entry or the whole new one, never half."""
        payload = result.to_dict()
        self._write_json(self._path(key), {"key": key, "checksum": _checksum(payload), "result": payload})

    def _write_json(self, path: Path, data: object) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def entries(self) -> dict[str, Path]:
        """Every entry file, by key."""
        return {path.stem: path for path in self.directory.glob("??/*.json") if not path.name.startswith(".")}

    def size(self) -> int:
        """Bytes the entries take."""
        return sum(path.stat().st_size for path in self.entries().values())

    def has(self, key: str) -> bool:
        """True if an entry exists for ``key`` (without reading it)."""
        return self._path(key).is_file()

    def record_build(self, keys: Iterable[str], snippets: Iterable[str] = ()) -> None:
        """Remember the keys one full build used (``prune`` keeps these) and its snippets' repository paths."""
        manifest = {"keys": sorted(set(keys)), "snippets": sorted(set(snippets)), "time": time.time()}
        self._write_json(self.directory / MANIFEST, manifest)

    def _manifest(self) -> dict | None:
        try:
            manifest = json.loads((self.directory / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return manifest if isinstance(manifest, dict) else None

    def last_build(self) -> set[str] | None:
        """The keys the last full build used (None if no build recorded them)."""
        keys = (self._manifest() or {}).get("keys")
        return set(keys) if isinstance(keys, list) else None

    def last_build_snippets(self) -> list[str] | None:
        """Repository paths of the snippets the last full build showed (None if unknown)."""
        snippets = (self._manifest() or {}).get("snippets")
        return snippets if isinstance(snippets, list) else None

    def prune(self, keep: set[str] | None = None) -> tuple[int, int]:
        """Delete entries not in ``keep`` (default: the last build's); return (entries, bytes) removed."""
        keep = self.last_build() if keep is None else keep
        if keep is None:
            raise FileNotFoundError(f"no build has recorded its entries in {self.directory / MANIFEST} yet")
        removed = freed = 0
        for key, path in self.entries().items():
            if key not in keep:
                try:
                    size = path.stat().st_size
                    path.unlink()
                except FileNotFoundError:
                    continue
                removed, freed = removed + 1, freed + size
        return removed, freed

    def record_and_trim(self, used: set[str], max_bytes: float, snippets: Iterable[str] = ()) -> tuple[int, int]:
        """After a full build: record its keys; past ``max_bytes``, prune to them. Returns what ``prune`` removed."""
        self.record_build(used, snippets)
        return self.prune(used) if self.size() > max_bytes else (0, 0)

    def clear(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def _checksum(payload: dict) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
