"""run_traced: runs a file as runpy.run_path does and records the arrays each assigning line made."""

from __future__ import annotations

import json
import runpy
import sys
import textwrap
import traceback
from dataclasses import asdict
from pathlib import Path

import pytest

from rnn_site.execution.runner import RunResult
from rnn_site.execution.shapes import PROBE, ArrayShape, LineShapes, NameShapes, SequenceShape, describe, run_traced


def traced(tmp_path: Path, code: str) -> tuple[dict, dict[int, dict[str, list[str]]]]:
    """Run ``code`` as a file; its namespace and {line: {name: [shape texts]}}."""
    path = tmp_path / "snippet.py"
    path.write_text(textwrap.dedent(code).lstrip("\n"), encoding="utf-8")
    namespace, lines = run_traced(str(path))
    return namespace, {line.line: {n.name: [s.text() for s in n.shapes] for n in line.names} for line in lines}


def test_plain_and_tuple_unpacking_assignment(tmp_path):
    _, lines = traced(
        tmp_path,
        """
        import numpy as np
        a = np.zeros((2, 3), dtype=np.float32)
        b, (c, *rest) = np.ones(4), (np.ones((1, 2)), np.ones(5), np.ones(6))
        n = 3  # not an array: no hint
        d = e = np.zeros((7,))
    """,
    )
    assert lines == {
        2: {"a": ["(2, 3)"]},
        3: {"b": ["(4,)"], "c": ["(1, 2)"], "rest": ["[(5,), (6,)]"]},
        5: {"d": ["(7,)"], "e": ["(7,)"]},
    }


def test_augmented_and_annotated_assignment(tmp_path):
    _, lines = traced(
        tmp_path,
        """
        import numpy as np
        x = 1
        x += np.ones((3, 2))
        y: np.ndarray = np.zeros((1, 1))
    """,
    )
    assert lines == {3: {"x": ["(3, 2)"]}, 4: {"y": ["(1, 1)"]}}  # x: the value after the line


def test_for_and_with_targets_on_their_header_line(tmp_path):
    _, lines = traced(
        tmp_path,
        """
        import contextlib
        import numpy as np
        for row, other in zip(np.zeros((3, 4)),
                              np.ones((3, 2))):
            pass
        with contextlib.nullcontext(np.zeros((2, 2))) as m:
            pass
    """,
    )
    assert lines == {4: {"row": ["(4,)"], "other": ["(2,)"]}, 6: {"m": ["(2, 2)"]}}


def test_a_name_reassigned_in_a_loop_shows_each_distinct_shape(tmp_path):
    _, lines = traced(
        tmp_path,
        """
        import numpy as np
        for n in (1, 2, 2, 3, 1):
            y = np.zeros((n,))
            z = np.zeros((2, 2))
            if n == 3:
                w = (np.zeros(n), np.zeros((n, n)))
    """,
    )
    assert lines[3] == {"y": ["(1,)", "(2,)", "(3,)"]}  # distinct, first seen first
    assert lines[4] == {"z": ["(2, 2)"]}  # the same every time: shown once
    assert lines[6] == {"w": ["((3,), (3, 3))"]}


def test_multi_line_statement_hints_its_last_line(tmp_path):
    _, lines = traced(
        tmp_path,
        """
        import numpy as np
        x = np.array([[1, 2],
                      [3, 4]])
    """,
    )
    assert lines == {3: {"x": ["(2, 2)"]}}


def test_only_the_snippets_own_frame_and_only_finished_statements(tmp_path):
    _, lines = traced(
        tmp_path,
        """
        import numpy as np
        def helper():
            inner = np.zeros((9, 9))  # another frame: not traced
            return inner
        out = helper()
        try:
            a, b = np.zeros((3, 2))  # raises: three values for two names
        except ValueError:
            pass
        sq = [np.zeros(k) for k in range(2)]
    """,
    )
    assert lines == {5: {"out": ["(9, 9)"]}, 10: {"sq": ["[(0,), (1,)]"]}}


def test_keras_symbolic_tensors_tf_tensors_and_variables(tmp_path):
    pytest.importorskip("tensorflow")
    _, lines = traced(
        tmp_path,
        """
        import tensorflow as tf
        from tensorflow import keras
        from tensorflow.keras import layers
        inputs = keras.Input(shape=(5, 4))
        outputs, state = layers.SimpleRNN(2, return_state=True)(inputs)
        t = tf.zeros((2, 3), dtype=tf.int32)
        v = tf.Variable(tf.ones((3,)))
    """,
    )
    assert lines == {
        4: {"inputs": ["(None, 5, 4)"]},
        5: {"outputs": ["(None, 2)"], "state": ["(None, 2)"]},
        6: {"t": ["(2, 3)"]},
        7: {"v": ["(3,)"]},
    }


def test_describe_keeps_dtypes_and_ignores_what_is_not_an_array():
    np = pytest.importorskip("numpy")
    assert describe(np.zeros((2, 1), dtype=np.int64)) == ArrayShape((2, 1), "int64")
    assert describe((np.zeros(2), np.zeros(3, dtype=np.float32))) == SequenceShape(
        "tuple", (ArrayShape((2,), "float64"), ArrayShape((3,), "float32"))
    )
    for value in (3, "text", [], (np.zeros(2), "not an array"), [np.zeros(1)] * 9, np.ndarray, None):
        assert describe(value) is None, value


def test_runs_as_run_path_does(tmp_path):
    path = tmp_path / "snippet.py"
    path.write_text(
        textwrap.dedent("""
        import sys
        def f(a: int) -> None:
            pass
        name, argv0, main = __name__, sys.argv[0], sys.modules["__main__"]
        annotation = f.__annotations__["a"]
    """),
        encoding="utf-8",
    )
    before_main, before_argv = sys.modules["__main__"], list(sys.argv)
    namespace, _ = run_traced(str(path))
    expected = runpy.run_path(str(path), run_name="__main__")
    assert set(namespace) == set(expected)  # no probe, no extra name
    assert PROBE not in namespace and not hasattr(__builtins__, PROBE)
    assert namespace["name"] == "__main__" and namespace["argv0"] == str(path)
    assert namespace["main"] is not before_main  # its own module while it runs, as with run_path
    assert namespace["annotation"] is int  # this module's __future__ import does not leak into it
    assert sys.modules["__main__"] is before_main and sys.argv == before_argv


def test_errors_propagate_with_the_snippets_line(tmp_path):
    path = tmp_path / "snippet.py"
    path.write_text("x = 1\ny = 2\nraise RuntimeError('boom')\n", encoding="utf-8")
    with pytest.raises(RuntimeError) as info:
        run_traced(str(path))
    frames = traceback.extract_tb(info.value.__traceback__)
    assert [(f.lineno, f.line) for f in frames if f.filename == str(path)] == [(3, "raise RuntimeError('boom')")]


def test_line_shapes_travel_and_cache_with_the_run_result():
    lines = (
        LineShapes(
            18,
            (
                NameShapes("outputs", (ArrayShape((1, 5, 2), "float32"),)),
                NameShapes("states", (ArrayShape((None, 2), "float32"),)),
            ),
        ),
        LineShapes(
            40,
            (
                NameShapes(
                    "result",
                    (ArrayShape((1, 2), "float32"), SequenceShape("tuple", (ArrayShape((1, 2), "float32"),) * 2)),
                ),
            ),
        ),
    )
    result = RunResult(output="x\n", shapes=lines)
    assert RunResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result  # as the cache stores it
    assert [LineShapes.from_dict(asdict(line)) for line in lines] == list(lines)
    assert RunResult.from_dict({**result.to_dict(), "shapes": []}).shapes == ()
    old = result.to_dict()
    del old["shapes"]  # a result written before line shapes existed
    assert RunResult.from_dict(old).shapes == ()
