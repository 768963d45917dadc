"""Which snippets run: only those whose key is in neither memory nor the cache (no MkDocs, no TensorFlow)."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest

from rnn_site.execution.batch import collect_results, heaviest_first, likely_to_run
from rnn_site.execution.cache import ResultCache, cache_key
from rnn_site.execution.embeds import embedded_in
from rnn_site.execution.runner import RunResult, SnippetCancelled, SnippetFailed, SnippetsFailed

VERSIONS = {"python": "3.11.9", "tensorflow": "2.21.0", "keras": "3.15.1", "numpy": "2.4.6", "tooling": "0" * 64}
log = logging.getLogger("test-batch")


class FakeRunner:
    """Stands in for ``run_snippet``: records what ran, "prints" the snippet's first line."""

    def __init__(self) -> None:
        self.ran: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, path: Path) -> RunResult:
        with self._lock:
            self.ran.append(path.name)
        source = path.read_text(encoding="utf-8")
        return RunResult(output=source.splitlines()[0] + "\n", duration=0.01, source=source)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "snippets").mkdir(parents=True)
    for name in ("a", "b", "c"):
        (root / "snippets" / f"{name}.py").write_text(f"print('{name}')\n", encoding="utf-8")
    return root


def snippets(root: Path) -> list[Path]:
    return sorted((root / "snippets").glob("*.py"))


def collect(root: Path, store: ResultCache | None, run, memory: dict | None = None, jobs: int = 0, cancel=lambda: None):
    return collect_results(
        snippets(root),
        root,
        memory={} if memory is None else memory,
        cache=store,
        run=run,
        jobs=jobs,
        log=log,
        context=VERSIONS,
        cancel=cancel,
    )


def test_cold_runs_each_once_then_warm_runs_none(project, tmp_path, caplog):
    store = ResultCache(tmp_path / "cache")
    cold = FakeRunner()
    first = collect(project, store, cold)
    assert sorted(cold.ran) == ["a.py", "b.py", "c.py"]
    warm = FakeRunner()
    with caplog.at_level(logging.INFO, logger=log.name):
        second = collect(project, store, warm)  # a new build process: empty memory, same cache
    assert warm.ran == [] and second == first
    assert "none of 3 snippet(s) ran: 3 read from the cache" in caplog.text


def test_the_next_language_build_reuses_memory_without_a_cache(project):
    memory: dict[str, RunResult] = {}
    run = FakeRunner()
    collect(project, None, run, memory)
    collect(project, None, run, memory)
    assert sorted(run.ran) == ["a.py", "b.py", "c.py"]


def test_one_edited_snippet_is_the_only_one_to_run_again(project, tmp_path):
    store = ResultCache(tmp_path / "cache")
    collect(project, store, FakeRunner())
    edited = project / "snippets" / "b.py"
    edited.write_text("print('b, edited')\n", encoding="utf-8")
    run = FakeRunner()
    results = collect(project, store, run)
    assert run.ran == ["b.py"]
    assert results[edited].output == "print('b, edited')\n"


def test_a_corrupt_entry_is_run_again_with_a_warning_and_repaired(project, tmp_path, caplog):
    store = ResultCache(tmp_path / "cache")
    collect(project, store, FakeRunner())
    damaged = project / "snippets" / "c.py"
    entry = store._path(cache_key(damaged, project, VERSIONS))
    entry.write_bytes(entry.read_bytes()[:40])  # truncated, as by a crash mid-write without atomic rename
    run = FakeRunner()
    with caplog.at_level(logging.INFO, logger=log.name):
        results = collect(project, store, run)
    assert run.ran == ["c.py"]
    assert results[damaged].output == "print('c')\n"
    assert "cache entry for snippets/c.py is corrupt" in caplog.text
    assert store.get(cache_key(damaged, project, VERSIONS)) == (results[damaged], None)


def test_serial_and_parallel_give_the_same_results(project, tmp_path):
    serial = collect(project, None, FakeRunner(), jobs=1)
    parallel = collect(project, None, FakeRunner(), jobs=3)
    assert serial == parallel


def test_each_record_carries_its_source_and_key(project, tmp_path):
    store = ResultCache(tmp_path / "cache")
    for results in (
        collect(project, store, FakeRunner()),
        collect(project, store, FakeRunner()),
        collect(project, None, FakeRunner()),
    ):
        for path, record in results.items():
            assert record.source == path.read_text(encoding="utf-8")
            assert record.key == cache_key(path, project, VERSIONS)


def test_a_failing_snippet_stops_the_batch_and_is_not_cached(project, tmp_path):
    store = ResultCache(tmp_path / "cache")

    def run(path: Path) -> RunResult:
        if path.name == "b.py":
            raise SnippetFailed(path, "raised ValueError: boom", 1)
        return FakeRunner()(path)

    with pytest.raises(SnippetsFailed) as failed:
        collect(project, store, run, jobs=1)
    assert [f.snippet.name for f in failed.value.failures] == ["b.py"]
    assert store.get(cache_key(project / "snippets" / "b.py", project, VERSIONS)) == (None, None)


def test_the_first_failure_cancels_the_runs_in_flight_and_reports_every_failure(project):
    """b fails at once, c fails a moment later, a would run for minutes: cancel stops a, both failures are reported."""
    cancelled, c_started = threading.Event(), threading.Event()

    def run(path: Path) -> RunResult:
        if path.name == "a.py":
            if not cancelled.wait(timeout=60):
                raise AssertionError("never cancelled")
            raise SnippetCancelled(path)
        if path.name == "c.py":
            c_started.set()
            time.sleep(0.3)
            raise SnippetFailed(path, "raised KeyError: late", 2)
        c_started.wait(timeout=60)
        raise SnippetFailed(path, "raised ValueError: boom", 1)

    start = time.monotonic()
    with pytest.raises(SnippetsFailed) as failed:
        collect(project, None, run, jobs=3, cancel=cancelled.set)
    assert time.monotonic() - start < 30
    assert cancelled.is_set()
    assert [(f.snippet.name, f.line) for f in failed.value.failures] == [("b.py", 1), ("c.py", 2)]


def test_a_snippet_edited_while_it_ran_runs_again_and_its_record_matches_the_new_bytes(project, tmp_path, caplog):
    store = ResultCache(tmp_path / "cache")
    target = project / "snippets" / "a.py"
    key_before = cache_key(target, project, VERSIONS)
    runs = FakeRunner()

    def run(path: Path) -> RunResult:
        produced = runs(path)
        if path == target and runs.ran.count("a.py") == 1:
            path.write_text("print('saved again mid-run')\n", encoding="utf-8")
        return produced

    memory: dict[str, RunResult] = {}
    results = collect(project, store, run, memory)
    assert runs.ran.count("a.py") == 2
    assert store.get(key_before) == (None, None) and key_before not in memory
    assert results[target].source == "print('saved again mid-run')\n"
    assert results[target].output == "print('saved again mid-run')\n"
    assert store.get(cache_key(target, project, VERSIONS))[0] == results[target]


def test_a_snippet_that_keeps_changing_fails_the_build_saying_so(project):
    target = project / "snippets" / "a.py"
    runs = FakeRunner()

    def run(path: Path) -> RunResult:
        produced = runs(path)
        if path == target:
            path.write_text(f"print({len(runs.ran)})\n", encoding="utf-8")
        return produced

    with pytest.raises(SnippetsFailed, match="changed during each of 3 runs"):
        collect(project, None, run)


def test_the_guess_of_what_will_run_is_what_the_last_build_showed_and_is_not_known(project, tmp_path):
    store = ResultCache(tmp_path / "cache")
    (project / "docs").mkdir()
    (project / "docs" / "page.md").write_text('# Page\n\n{{ run("a.py") }}\n\n{{ run("c.py") }}\n', encoding="utf-8")
    guess = likely_to_run(
        project,
        project / "snippets",
        cache=store,
        memory={},
        context=VERSIONS,
        embedded=lambda: embedded_in(project / "docs", project / "snippets"),
    )
    assert [p.name for p in guess] == ["a.py", "c.py"]  # no build recorded yet: what the pages embed
    results = collect(project, store, FakeRunner())
    store.record_build({r.key for r in results.values()}, ["snippets/a.py", "snippets/b.py"])
    assert likely_to_run(project, project / "snippets", cache=store, memory={}, context=VERSIONS) == []
    (project / "snippets" / "b.py").write_text("print('b, edited')\n", encoding="utf-8")
    (project / "snippets" / "c.py").write_text("print('c, edited, not shown last time')\n", encoding="utf-8")
    guess = likely_to_run(project, project / "snippets", cache=store, memory={}, context=VERSIONS)
    assert [p.name for p in guess] == ["b.py"]


def test_training_snippets_are_started_first(tmp_path):
    """Two workers finish together when the long runs start first and the short ones fill in around them."""
    files = {
        "a_print.py": "print(1)\n",
        "b_trains.py": "model.fit(x, y, epochs=3)\nfor step in range(9):\n    model.train_on_batch(x, y)\n",
        "c_tape.py": "with tf.GradientTape() as tape:\n    y = f(x)\n",
        "d_print.py": "print(2)\n",
    }
    for name, code in files.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    order = heaviest_first(sorted(tmp_path / name for name in files))
    assert [path.name for path in order] == ["b_trains.py", "c_tape.py", "a_print.py", "d_print.py"]
