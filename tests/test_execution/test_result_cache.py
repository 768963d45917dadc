"""Cache entries: a corrupt one is reported (never returned), and writes are atomic."""

from __future__ import annotations

import json
import multiprocessing
import threading
from pathlib import Path

import pytest

from rnn_site.execution.cache import ResultCache
from rnn_site.execution.runner import ArrayInfo, RunResult

KEY = "ab" + "0" * 62
OTHER_KEY = "cd" + "1" * 62


def result(text: str = "outputs: [[0.5 -0.25]], shape: (1, 2)\n") -> RunResult:
    return RunResult(
        output=text, arrays=(ArrayInfo("outputs", (1, 2), "float32"),), duration=1.5, dropped_noise_lines=3
    )


@pytest.fixture
def store(tmp_path: Path) -> ResultCache:
    return ResultCache(tmp_path / "cache")


def entry_file(store: ResultCache, key: str) -> Path:
    (found,) = store.directory.rglob(f"{key}.json")
    return found


def test_round_trip_and_miss(store):
    assert store.get(KEY) == (None, None)
    store.put(KEY, result())
    assert store.get(KEY) == (result(), None)


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _bad_checksum(path: Path) -> None:
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["result"]["output"] = "a stale or tampered output\n"
    path.write_text(json.dumps(entry), encoding="utf-8")


def _not_an_object(path: Path) -> None:
    path.write_text("[1, 2, 3]", encoding="utf-8")


def _not_utf8(path: Path) -> None:
    path.write_bytes(b"\xff\xfe\x00garbage")


def _missing_field(path: Path) -> None:
    """Well-formed JSON with a valid checksum, but not a result (written by other tooling)."""
    from rnn_site.execution.cache import _checksum

    entry = json.loads(path.read_text(encoding="utf-8"))
    del entry["result"]["output"]
    entry["checksum"] = _checksum(entry["result"])
    path.write_text(json.dumps(entry), encoding="utf-8")


@pytest.mark.parametrize("damage", [_truncate, _empty, _bad_checksum, _not_an_object, _not_utf8, _missing_field])
def test_a_damaged_entry_is_reported_corrupt_not_returned(store, damage):
    store.put(KEY, result())
    damage(entry_file(store, KEY))
    cached, problem = store.get(KEY)
    assert cached is None and problem


def test_an_entry_copied_under_another_key_is_corrupt(store):
    store.put(KEY, result())
    target = store.directory / OTHER_KEY[:2] / f"{OTHER_KEY}.json"
    target.parent.mkdir(parents=True)
    target.write_bytes(entry_file(store, KEY).read_bytes())
    cached, problem = store.get(OTHER_KEY)
    assert cached is None and "another key" in problem


def test_put_replaces_a_corrupt_entry(store):
    store.put(KEY, result("old\n"))
    _truncate(entry_file(store, KEY))
    store.put(KEY, result("new\n"))
    assert store.get(KEY) == (result("new\n"), None)


def test_concurrent_puts_from_threads_never_expose_a_partial_entry(store):
    # Outputs long enough that a non-atomic write would be visible half-written.
    results = [result(f"writer {n}\n" + "x" * 200_000) for n in range(4)]
    problems: list[str] = []
    stop = threading.Event()

    def write(r: RunResult) -> None:
        for _ in range(15):
            store.put(KEY, r)

    def read() -> None:
        while not stop.is_set():
            cached, problem = store.get(KEY)
            if problem or (cached is not None and cached not in results):
                problems.append(problem or "unknown result")

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(r,)) for r in results]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    assert problems == []
    assert store.get(KEY)[0] in results
    assert not list(store.directory.rglob(".tmp-*")), "temporary files left behind"


def _put_many(directory: str, n: int) -> None:
    for _ in range(15):
        ResultCache(Path(directory)).put(KEY, result(f"process {n}\n" + "y" * 100_000))


def test_concurrent_puts_from_processes_leave_a_valid_entry(store):
    """Two builds at once write the same key from different processes."""
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_put_many, args=(str(store.directory), n)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    cached, problem = store.get(KEY)
    assert problem is None and cached is not None and cached.output.startswith("process ")
    assert not list(store.directory.rglob(".tmp-*"))


def test_prune_keeps_only_what_the_last_build_used(store, capsys):
    from rnn_site.execution.__main__ import main

    assert main(["prune", "--cache-dir", str(store.directory)]) == 1  # no build recorded yet: nothing deleted
    assert "build the site once first" in capsys.readouterr().err
    for key in (KEY, OTHER_KEY):
        store.put(key, result())
    store.record_build({KEY})
    assert main(["prune", "--cache-dir", str(store.directory)]) == 0
    assert "removed 1 entries" in capsys.readouterr().out
    assert store.get(KEY) == (result(), None) and store.get(OTHER_KEY) == (None, None)


def test_a_build_prunes_by_itself_only_past_the_size_limit(store):
    for key in (KEY, OTHER_KEY):
        store.put(key, result())
    assert store.record_and_trim({KEY}, max_bytes=1e6) == (0, 0)
    assert set(store.entries()) == {KEY, OTHER_KEY} and store.last_build() == {KEY}
    removed, freed = store.record_and_trim({KEY}, max_bytes=store.size() - 1)
    assert removed == 1 and freed > 0 and set(store.entries()) == {KEY}
