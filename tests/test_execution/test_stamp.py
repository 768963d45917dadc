"""The "executed with" stamp: versions and run date, in each language, on pages and in notebooks."""

from __future__ import annotations

import nbformat
from nbformat import v4

from rnn_site.execution.runner import RunResult
from rnn_site.execution.stamp import insert_stamp, make_stamp, short_python, stamp_html, stamp_notebook, stamp_text

VERSIONS = {
    "python": "3.11.7 (main, Jan 1 2026) [GCC 12.2.0]",
    "tensorflow": "2.21.0",
    "keras": "3.15.1",
    "numpy": "2.4.6",
    "matplotlib": "3.11.2",
}


def test_no_stamp_without_an_executed_result():
    assert make_stamp(VERSIONS, []) is None
    assert make_stamp(VERSIONS, [None, None]) is None  # SNIPPET_EXEC=off
    assert insert_stamp("<h1>T</h1><p>x</p>", None, "ko") == "<h1>T</h1><p>x</p>"


def test_stamp_lists_the_four_versions_and_the_latest_run():
    stamp = make_stamp(VERSIONS, [RunResult("a", ran_at="2026-11-27"), RunResult("b", ran_at="2026-11-28"), None])
    assert stamp.as_metadata() == {
        "python": "3.11.7",
        "tensorflow": "2.21.0",
        "keras": "3.15.1",
        "numpy": "2.4.6",
        "ran_at": "2026-11-28",
        "first_ran_at": "2026-11-27",
    }
    ko, en = stamp_text(stamp, "ko"), stamp_text(stamp, "en")
    for text in (ko, en):
        assert all(
            part in text
            for part in (
                "Python 3.11.7",
                "TensorFlow 2.21.0",
                "Keras 3.15.1",
                "NumPy 2.4.6",
                "2026-11-27",
                "2026-11-28",
            )
        )
    assert "실행한 결과입니다" in ko and "run on" in en


def test_one_date_when_every_run_is_from_the_same_day():
    stamp = make_stamp(VERSIONS, [RunResult("a", ran_at="2026-11-28"), RunResult("b", ran_at="2026-11-28")])
    assert "first_ran_at" not in stamp.as_metadata()
    assert stamp_text(stamp, "en").endswith("run on 2026-11-28 (UTC).")


def test_stamp_goes_right_after_the_title_and_is_escaped():
    stamp = make_stamp({**VERSIONS, "numpy": "<2>"}, [RunResult("a", ran_at="2026-11-28")])
    html = insert_stamp('<h1 id="t">Title</h1>\n<p>text</p>', stamp, "en")
    assert html.startswith('<h1 id="t">Title</h1>\n<p class="snippet-stamp" ')
    assert "<2>" not in stamp_html(stamp, "en") and "&lt;2&gt;" in stamp_html(stamp, "en")


def test_short_python():
    assert short_python("3.11.7 (main, Jan 1 2026) [GCC 12.2.0]") == "3.11.7"


def test_notebook_gets_metadata_and_a_first_cell():
    nb = v4.new_notebook(cells=[v4.new_markdown_cell("# Title", id="cell-1")])
    stamp_notebook(nb, make_stamp(VERSIONS, [RunResult("a", ran_at="2026-11-28")]), "ko")
    nbformat.validate(nb)
    assert nb.metadata["rnn_site"]["executed_with"]["keras"] == "3.15.1"
    assert nb.cells[0].cell_type == "markdown" and "Keras 3.15.1" in nb.cells[0].source and "실행" in nb.cells[0].source
    assert nb.cells[1].source == "# Title"


def test_ran_at_round_trips_and_defaults_for_old_results():
    result = RunResult("x\n", ran_at="2026-11-28")
    assert RunResult.from_dict(result.to_dict()) == result
    old = {key: value for key, value in result.to_dict().items() if key != "ran_at"}
    assert RunResult.from_dict(old).ran_at == ""
