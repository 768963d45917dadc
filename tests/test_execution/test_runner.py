"""Running one snippet, in a fresh interpreter (spawn) and in a fork-server child (fork): same behaviour.

The fork server here preloads only NumPy, so these tests stay cheap; the
site's own server (TensorFlow preloaded) is judged by the standalone
comparison of every page (tests/test_site/test_outputs_match_standalone.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rnn_site.execution.__main__ import check
from rnn_site.execution.forkclient import ForkServer
from rnn_site.execution.runner import RunResult, SnippetFailed, child_env, read_run, run_snippet

Run = Callable[..., RunResult]


@pytest.fixture(scope="module")
def fork_server(tmp_path_factory) -> Iterator[ForkServer]:
    server = ForkServer(["numpy"], cwd=tmp_path_factory.mktemp("fork-cwd"), env=child_env(), timeout=30)
    yield server
    server.close()


@pytest.fixture(params=["spawn", "fork"])
def run(request) -> Run:
    """``run(path, timeout=30)`` on the spawn path or in a fork-server child."""
    if request.param == "spawn":
        return lambda path, timeout=30: run_snippet(path, timeout=timeout)
    server: ForkServer = request.getfixturevalue("fork_server")
    return lambda path, timeout=30: server.run(path, timeout=timeout)


def write(tmp_path: Path, name: str, code: str) -> Path:
    path = tmp_path / name
    path.write_text(code, encoding="utf-8")
    return path


def gone(pid: int) -> bool:
    """True once ``pid`` has exited (a zombie waiting for init to reap it counts as gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status


def test_captures_stdout_and_stderr_in_order_and_the_arrays(tmp_path, run):
    code = (
        "import sys, warnings\nimport numpy as np\n"
        "print('first')\nwarnings.warn('careful')\nprint('last')\n"
        "x = np.zeros((2, 3), dtype=np.float32)\n_hidden = np.ones(1)\n"
    )
    result = run(write(tmp_path, "ok.py", code))
    lines = result.output.splitlines()
    assert lines[0] == "first" and "UserWarning: careful" in result.output and lines[-1] == "last"
    assert [(a.name, a.shape, a.dtype) for a in result.arrays] == [("x", (2, 3), "float32")]


def test_the_record_carries_the_exact_source_that_ran(tmp_path, run):
    code = "# é, and a byte that is not UTF-8 in a comment: \xff\nprint('ran')\n"
    path = tmp_path / "bytes.py"
    path.write_bytes(code.encode("latin-1").replace(b"\xc3\xa9", "é".encode()))
    result = run(path)
    assert result.source_bytes() == path.read_bytes() and result.output == "ran\n"


def test_runs_like_python_file_with_its_folder_on_the_path(tmp_path, run):
    write(tmp_path, "helper_module.py", "VALUE = 42\n")
    code = "import sys, helper_module\nprint(helper_module.VALUE, __name__, sys.modules['__main__'].__file__ == __file__)\n"
    assert run(write(tmp_path, "uses.py", code)).output == "42 __main__ True\n"


def test_exception_reports_type_message_and_snippet_line(tmp_path, run):
    code = "print('before')\n\ndef f():\n    raise KeyError('nope')\n\nf()\n"
    with pytest.raises(SnippetFailed) as failure:
        run(write(tmp_path, "bad.py", code))
    assert failure.value.line == 4
    assert "KeyError" in failure.value.reason and "nope" in failure.value.reason
    assert failure.value.output == "before\n"
    assert str(failure.value).startswith(f"{tmp_path / 'bad.py'}:4: raised KeyError")


def test_syntax_error_reports_its_line(tmp_path, run):
    with pytest.raises(SnippetFailed) as failure:
        run(write(tmp_path, "syntax.py", "x = 1\ny = (\n"))
    assert failure.value.line == 2 and "SyntaxError" in failure.value.reason


def test_nonzero_exit_fails_but_exit_zero_is_fine(tmp_path, run):
    with pytest.raises(SnippetFailed, match="exit code 3"):
        run(write(tmp_path, "exit3.py", "import sys\nsys.exit(3)\n"))
    assert run(write(tmp_path, "exit0.py", "print('done')\nimport sys\nsys.exit(0)\n")).output == "done\n"


def test_a_process_that_dies_without_a_result_is_a_clear_error(tmp_path, run):
    with pytest.raises(SnippetFailed, match="killed by signal 9 before finishing") as failure:
        run(
            write(
                tmp_path,
                "dies.py",
                "import os, signal\nprint('dying', flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n",
            )
        )
    assert failure.value.output == "dying\n"


@pytest.mark.parametrize("content", ["{not json", '{"arrays": []}', ""])
def test_an_unreadable_result_is_a_clear_error_naming_the_snippet(tmp_path, content):
    (tmp_path / "output").write_text("printed\n")
    (tmp_path / "result.json").write_text(content)
    with pytest.raises(SnippetFailed, match="result file is unreadable") as failure:
        read_run(tmp_path / "snippet.py", tmp_path, 0, 30, 1.0)
    assert failure.value.snippet == tmp_path / "snippet.py" and failure.value.output == "printed\n"


def test_hang_is_stopped_at_the_time_limit_with_the_line_and_the_output_so_far(tmp_path, run):
    code = "import time\nprint('waiting', flush=True)\n\nwhile True:\n    time.sleep(0.1)\n"
    with pytest.raises(SnippetFailed) as failure:
        run(write(tmp_path, "hang.py", code), timeout=2)
    assert "time limit" in failure.value.reason
    assert failure.value.line == 5
    assert failure.value.output == "waiting\n"


def test_a_background_process_holding_stdout_neither_stalls_the_run_nor_survives_it(tmp_path, run):
    code = "import subprocess\np = subprocess.Popen(['sleep', '300'])\nprint(p.pid)\n"
    start = time.monotonic()
    result = run(write(tmp_path, "leaves_a_sleeper.py", code), timeout=60)
    assert time.monotonic() - start < 20, "the run waited for the background process"
    pid = int(result.output)
    deadline = time.monotonic() + 10
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gone(pid), "the snippet's background process survived its run"


def test_a_hang_kills_the_processes_the_snippet_started(tmp_path, run):
    code = (
        "import subprocess, time\np = subprocess.Popen(['sleep', '300'])\nprint(p.pid, flush=True)\ntime.sleep(300)\n"
    )
    with pytest.raises(SnippetFailed, match="time limit") as failure:
        run(write(tmp_path, "hangs_with_a_sleeper.py", code), timeout=2)
    pid = int(failure.value.output)
    deadline = time.monotonic() + 10
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gone(pid)


def test_each_run_starts_from_a_fresh_random_state(tmp_path, run):
    path = write(
        tmp_path, "unseeded.py", "import random\nimport numpy as np\nprint(random.random(), np.random.rand())\n"
    )
    assert run(path).output != run(path).output


def test_each_run_leads_its_own_process_group(tmp_path, run):
    result = run(write(tmp_path, "group.py", "import os\nprint(os.getpgid(0) == os.getpid())\n"))
    assert result.output == "True\n"


def test_check_finds_output_that_differs_between_runs(tmp_path, capsys):
    stable = write(tmp_path, "stable.py", "print(sum(range(10)))\n")
    unstable = write(tmp_path, "unstable.py", "import os\nprint(os.urandom(4).hex())\n")
    assert check([stable, unstable], timeout=30) == 1
    out = capsys.readouterr().out
    assert f"{unstable}: not reproducible" in out and "output differs" in out
    assert f"{stable}: same output on both runs" in out
