"""The executor: fork or spawn, a fork server that preloads what the batch imports and restarts when it must."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnn_site.execution.executor import Executor, resolve_isolation


def write(root: Path, name: str, code: str) -> Path:
    (root / name).write_text(code, encoding="utf-8")
    return root / name


@pytest.fixture
def executor(tmp_path):
    executor = Executor()
    executor.configure(
        isolation="fork", preload=["json", "numpy", "csv"], timeout=30, cwd=tmp_path, fingerprint={"tooling": "1"}
    )
    yield executor
    executor.close()


def test_the_server_preloads_only_configured_modules_the_batch_imports(executor, tmp_path):
    plain = write(tmp_path, "plain.py", "print('no imports')\n")
    executor.prepare([plain])
    assert executor.run(plain).output == "no imports\n"
    bare = executor._slot.server()
    assert bare.preload == ()

    uses_json = write(tmp_path, "uses_json.py", "from json import dumps\nprint(dumps([1]))\n")
    executor.prepare([uses_json])
    assert executor.run(uses_json).output == "[1]\n"
    first = executor._slot.server()
    assert first.preload == ("json",) and not bare.alive

    executor.prepare([plain])
    executor.run(plain)
    assert executor._slot.server() is first, "a batch needing less must reuse the server"

    uses_numpy = write(tmp_path, "uses_numpy.py", "import numpy as np\nprint(np.zeros(2))\n")
    executor.prepare([uses_numpy])
    assert executor.run(uses_numpy).output == "[0. 0.]\n"
    assert executor._slot.server().preload == ("json", "numpy") and not first.alive


def test_tensorflow_implies_keras(tmp_path):
    executor = Executor()
    executor.configure(
        isolation="fork",
        preload=["numpy", "tensorflow", "keras", "matplotlib"],
        timeout=30,
        cwd=tmp_path,
        fingerprint={},
    )
    executor.prepare([write(tmp_path, "tf.py", "from tensorflow import keras\n")])
    assert executor._needed == ("numpy", "tensorflow", "keras")
    executor.close()


def test_other_settings_or_tooling_stop_the_server(executor, tmp_path):
    snippet = write(tmp_path, "s.py", "print(1)\n")
    executor.prepare([snippet])
    executor.run(snippet)
    server = executor._slot.server()
    executor.configure(
        isolation="fork", preload=["json", "numpy", "csv"], timeout=30, cwd=tmp_path, fingerprint={"tooling": "1"}
    )
    assert executor._slot.server() is server and server.alive, "same settings: same server"
    executor.configure(
        isolation="fork", preload=["json", "numpy", "csv"], timeout=30, cwd=tmp_path, fingerprint={"tooling": "2"}
    )
    assert executor._slot is None and not server.alive


def test_spawn_runs_without_a_server(tmp_path):
    executor = Executor()
    executor.configure(isolation="spawn", preload=["numpy"], timeout=30, cwd=tmp_path, fingerprint={})
    snippet = write(tmp_path, "s.py", "print('fresh')\n")
    executor.prepare([snippet])
    assert executor.run(snippet).output == "fresh\n" and executor._slot is None


def test_isolation_comes_from_the_environment_first(monkeypatch):
    monkeypatch.setenv("SNIPPET_EXEC_ISOLATION", "spawn")
    assert resolve_isolation("fork") == "spawn"
    monkeypatch.setenv("SNIPPET_EXEC_ISOLATION", "threads")
    with pytest.raises(ValueError, match="fork, spawn"):
        resolve_isolation("fork")
    monkeypatch.delenv("SNIPPET_EXEC_ISOLATION")
    assert resolve_isolation("fork") == "fork"
