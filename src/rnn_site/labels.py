"""Every word the tooling writes into the site, in each language (Korean is the source language).

Pages are written by hand in both languages; these are the few words the build
itself adds: the labels around an executed snippet, the links between a lesson
page and its notebook, the notebook's own markdown for folded blocks, and the
labels of the generated diagrams. ``words(table, lang)`` falls back to English.
"""

from __future__ import annotations

RENDER: dict[str, dict[str, str]] = {
    "ko": {
        "output": "출력",
        "arrays": "실행 후 남은 배열",
        "name": "이름",
        "skipped": "실행하지 않음: 이 빌드는 스니펫 실행을 껐습니다 (SNIPPET_EXEC=off).",
    },
    "en": {
        "output": "Output",
        "arrays": "Arrays after the run",
        "name": "Name",
        "skipped": "Not executed: this build has snippet execution switched off (SNIPPET_EXEC=off).",
    },
}
"""Around an executed snippet on a page: its output, its array table, the note of an unexecuted build."""

NOTEBOOK: dict[str, dict[str, str]] = {
    "ko": {
        "view": "노트북으로 보기",
        "download": "노트북 내려받기 (.ipynb)",
        "lesson": "수업 페이지로 돌아가기",
        "title": "노트북",
    },
    "en": {
        "view": "View as a notebook",
        "download": "Download the notebook (.ipynb)",
        "lesson": "Back to the lesson page",
        "title": "notebook",
    },
}
"""The links between a lesson page and its notebook, and the notebook page's title suffix."""

DIAGRAM: dict[str, dict[str, str]] = {
    "ko": {
        "title": '"{word}" 를 {steps}개 시간 단계로 펼친 RNN',
        "cell": "셀",
        "initial": "h₀ = 0",
        "outputs": "모든 시간 단계의 은닉 상태",
        "states": "마지막 은닉 상태",
        "input": "x_data",
    },
    "en": {
        "title": 'An RNN unrolled over the {steps} time steps of "{word}"',
        "cell": "cell",
        "initial": "h₀ = 0",
        "outputs": "the hidden state at every time step",
        "states": "the last hidden state",
        "input": "x_data",
    },
}
"""The unrolled-RNN diagram (rnn_site.diagrams)."""


def words(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    """``table``'s words in ``lang`` (English for a language the table lacks)."""
    return table.get(lang, table["en"])
