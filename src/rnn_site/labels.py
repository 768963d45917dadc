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
        "omitted": "출력이 길어서 처음 {shown:,}줄만 보여 줍니다. 나머지 {omitted:,}줄은 생략했습니다 (전체 출력은 노트북에 있습니다).",
        "failed": "스니펫 실행 오류: {where}",
        "line": "{line}번째 줄",
        "failed_note": "파일을 고쳐 저장하면 페이지가 다시 만들어집니다. mkdocs build는 이 오류로 실패합니다.",
        "output_before": "오류 전까지의 출력",
    },
    "en": {
        "output": "Output",
        "arrays": "Arrays after the run",
        "name": "Name",
        "skipped": "Not executed: this build has snippet execution switched off (SNIPPET_EXEC=off).",
        "omitted": "Long output: the first {shown:,} lines are shown and the other {omitted:,} left out (the notebook has all of it).",
        "failed": "The snippet failed: {where}",
        "line": "line {line}",
        "failed_note": "Fix the file and save it: the page is built again. mkdocs build fails on this error.",
        "output_before": "Output before the error",
    },
}
"""Around an executed snippet on a page: its output (and the note when it is cut), its array table, the note of an
unexecuted build, and (under ``mkdocs serve``) the error of a snippet that failed."""

VARIANTS: dict[str, dict[str, str]] = {
    "ko": {
        "controls": "값을 바꿔 실행해 보기",
        "live": "{variant} 값으로 실행한 결과를 보여 줍니다.",
        "changed": "파일에 적힌 코드와 다른 줄: {lines}",
        "line": "{line}번째 줄 <code>{code}</code>",
        "notebook": (
            "이 셀은 파일에 적힌 값으로 실행한 결과입니다. 수업 페이지에서는 다음 값으로 실행한 결과도 볼 수 있습니다."
            " 값을 바꿔 직접 실행해 보세요. {choices}"
        ),
    },
    "en": {
        "controls": "Run it with other values",
        "live": "Showing the run with {variant}.",
        "changed": "Lines that differ from the file: {lines}",
        "line": "line {line}, <code>{code}</code>",
        "notebook": (
            "This cell runs the values as written. The lesson page also shows the runs with these values;"
            " change them here and run the cell again. {choices}"
        ),
    },
}
"""Around a snippet with variants (``# try:``): the label of its controls, what a screen reader hears on a switch,
the lines a variant changes, and the note under its notebook cell."""

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
        "title": '"{word}"를 {steps}개 시간 단계로 펼친 RNN',
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


STAMP: dict[str, dict[str, str]] = {
    "ko": {
        "sentence": "이 페이지의 출력은 {date}에 {versions} 환경에서 실행한 결과입니다.",
        "date": "{date} (UTC)",
        "range": "{first} ~ {last} (UTC)",
        "heading": "실행 환경",
    },
    "en": {
        "sentence": "The outputs on this page come from {versions}, run on {date}.",
        "date": "{date} (UTC)",
        "range": "{first} to {last} (UTC)",
        "heading": "Executed with",
    },
}
"""The "executed with" line under a lesson's title and in its notebook (``execution/stamp.py``)."""

FIGURE: dict[str, dict[str, str]] = {
    "ko": {
        "chart": "snippets/{name}가 그린 그래프. 그래프에 적힌 글: {texts}.",
        "chart_no_text": "snippets/{name}가 그린 그래프.",
        "cell": "위 코드가 그린 그래프. 그래프에 적힌 글: {texts}.",
    },
    "en": {
        "chart": "A chart drawn by snippets/{name}. Its text: {texts}.",
        "chart_no_text": "A chart drawn by snippets/{name}.",
        "cell": "A chart drawn by the code above. Its text: {texts}.",
    },
}
"""Text alternatives of a snippet's figures, on the page and in its notebook (``execution/figure_alt.py``)."""

ACCESSIBILITY: dict[str, dict[str, str]] = {
    "ko": {"search": "검색", "code": "코드 셀"},
    "en": {"search": "Search", "code": "Code cell"},
}
"""Names the ``accessibility`` plugin gives Material's search dialog and the notebooks' code cells."""

OFFLINE_DOWNLOAD: dict[str, dict[str, str]] = {
    "ko": {
        "link": (
            "[오프라인 사이트 내려받기 (zip, {size})]({href}): 압축을 풀고 `{top}` 폴더의 `index.html`을 "
            "브라우저로 여세요. 인터넷 없이 두 언어의 모든 페이지를 읽을 수 있고, 검색도 됩니다."
        ),
        "build": (
            "이 사이트를 인터넷 없이 읽으려면, 게시된 사이트에서 zip을 내려받거나 저장소에서 "
            "`OFFLINE=true mkdocs build -d site-offline`로 직접 만든 뒤 `site-offline/index.html`을 여세요."
        ),
    },
    "en": {
        "link": (
            "[Download the offline site (zip, {size})]({href}): unzip it and open `index.html` in the "
            "`{top}` folder in a browser. Every page in both languages reads without a network, search included."
        ),
        "build": (
            "To read this site without a network, download the zip from the published site, or build it "
            "from the repository with `OFFLINE=true mkdocs build -d site-offline` and open `site-offline/index.html`."
        ),
    },
}
"""The home pages' paragraph about the offline site (``offline_download.py``)."""

PRINT_PAGE: dict[str, dict[str, str]] = {
    "ko": {
        "title": "전체 코스 (인쇄용)",
        "link": (
            "[모든 수업을 한 페이지에 모은 인쇄용 페이지]({href})를 브라우저에서 인쇄하면 종이에 찍거나 PDF로 "
            "저장할 수 있습니다. 실행 결과와 그림, 수식, 펼친 풀이가 수업 페이지와 똑같이 들어 있습니다."
        ),
    },
    "en": {
        "title": "The whole course (for printing)",
        "link": (
            "[Every lesson on one page, for printing]({href}): print it from the browser, on paper or as a "
            "PDF. It holds the same executed outputs, figures, formulas and unfolded solutions as the lessons."
        ),
    },
}
"""The print page's title and the home pages' link to it (``print_page.py``)."""

GATED_CELLS: dict[str, dict[str, str]] = {
    "ko": {
        "lstm_title": "LSTM 셀의 한 시간 단계: 위쪽의 셀 상태 경로와 게이트 i, f, c, o, "
        "입력 차원 {input_dim}, units={units}",
        "gru_title": "GRU 셀(reset_after=True)의 한 시간 단계: 위쪽의 은닉 상태 경로와 게이트 z, r, h, "
        "입력 차원 {input_dim}, units={units}",
        "gate": "게이트",
        "activation": "활성화",
        "cell_state": "셀 상태",
        "hidden_state": "은닉 상태",
    },
    "en": {
        "lstm_title": "One time step of an LSTM cell: the cell-state path along the top and the gates i, f, c, o, "
        "input dimension {input_dim}, units={units}",
        "gru_title": "One time step of a GRU cell (reset_after=True): the hidden-state path along the top and "
        "the gates z, r, h, input dimension {input_dim}, units={units}",
        "gate": "gate",
        "activation": "activation",
        "cell_state": "cell state",
        "hidden_state": "hidden state",
    },
}
"""The LSTM and GRU cell diagrams (``diagrams/gated_cells.py``)."""


def words(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    """``table``'s words in ``lang`` (English for a language the table lacks)."""
    return table.get(lang, table["en"])
