"""Running one snippet in a fresh process: output, arrays, and failures with their line."""

from pathlib import Path

import pytest

from rnn_site.execution.__main__ import check
from rnn_site.execution.runner import SnippetFailed, run_snippet


def write(tmp_path: Path, name: str, code: str) -> Path:
    path = tmp_path / name
    path.write_text(code, encoding="utf-8")
    return path


def test_captures_stdout_and_stderr_in_order_and_the_arrays(tmp_path):
    code = (
        "import sys, warnings\nimport numpy as np\n"
        "print('first')\nwarnings.warn('careful')\nprint('last')\n"
        "x = np.zeros((2, 3), dtype=np.float32)\n_hidden = np.ones(1)\n"
    )
    result = run_snippet(write(tmp_path, "ok.py", code), timeout=30)
    lines = result.output.splitlines()
    assert lines[0] == "first" and "UserWarning: careful" in result.output and lines[-1] == "last"
    assert [(a.name, a.shape, a.dtype) for a in result.arrays] == [("x", (2, 3), "float32")]


def test_runs_like_python_file_with_its_folder_on_the_path(tmp_path):
    write(tmp_path, "helper_module.py", "VALUE = 42\n")
    result = run_snippet(write(tmp_path, "uses.py", "import helper_module\nprint(helper_module.VALUE, __name__)\n"), timeout=30)
    assert result.output == "42 __main__\n"


def test_exception_reports_type_message_and_snippet_line(tmp_path):
    code = "print('before')\n\ndef f():\n    raise KeyError('nope')\n\nf()\n"
    with pytest.raises(SnippetFailed) as failure:
        run_snippet(write(tmp_path, "bad.py", code), timeout=30)
    assert failure.value.line == 4
    assert "KeyError" in failure.value.reason and "nope" in failure.value.reason
    assert failure.value.output == "before\n"
    assert str(failure.value).startswith(f"{tmp_path / 'bad.py'}:4: raised KeyError")


def test_syntax_error_reports_its_line(tmp_path):
    with pytest.raises(SnippetFailed) as failure:
        run_snippet(write(tmp_path, "syntax.py", "x = 1\ny = (\n"), timeout=30)
    assert failure.value.line == 2 and "SyntaxError" in failure.value.reason


def test_nonzero_exit_fails_but_exit_zero_is_fine(tmp_path):
    with pytest.raises(SnippetFailed, match="exit code 3"):
        run_snippet(write(tmp_path, "exit3.py", "import sys\nsys.exit(3)\n"), timeout=30)
    assert run_snippet(write(tmp_path, "exit0.py", "print('done')\nimport sys\nsys.exit(0)\n"), timeout=30).output == "done\n"


def test_hang_is_stopped_at_the_time_limit_with_the_line(tmp_path):
    code = "import time\nprint('waiting', flush=True)\n\nwhile True:\n    time.sleep(0.1)\n"
    with pytest.raises(SnippetFailed) as failure:
        run_snippet(write(tmp_path, "hang.py", code), timeout=2)
    assert "time limit" in failure.value.reason
    assert failure.value.line == 5
    assert failure.value.output == "waiting\n"


def test_check_finds_output_that_differs_between_runs(tmp_path, capsys):
    stable = write(tmp_path, "stable.py", "print(sum(range(10)))\n")
    unstable = write(tmp_path, "unstable.py", "import os\nprint(os.urandom(4).hex())\n")
    assert check([stable, unstable], timeout=30) == 1
    out = capsys.readouterr().out
    assert f"{unstable}: not reproducible" in out and "output differs" in out
    assert f"{stable}: same output on both runs" in out
