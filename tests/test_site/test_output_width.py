"""Printed output fits the output block on a desktop screen, as the code does (tests/test_code_style.py).

A line wider than 78 columns scrolls its block sideways, so the snippets lay their output out to fit.
The exception is an error message that Keras writes as one long line: the page shows it as raised.
"""

from __future__ import annotations

from tests.code_width import KERAS_MESSAGES, SNIPPET_COLUMNS, columns
from tests.conftest import LANGUAGES, page_path, pages
from tests.site_html import soup


def wide_output_lines(html_path) -> list[tuple[str, str]]:
    """(snippet, line) for every printed line over the width, in the page's output blocks."""
    found = []
    for run in soup(html_path).select("div.snippet-run[data-snippet]"):
        for block in run.select(".snippet-output pre"):  # the printed text, not the block's caption
            found += [
                (str(run["data-snippet"]), line)
                for line in block.get_text().splitlines()
                if columns(line) > SNIPPET_COLUMNS
            ]
    return found


def test_printed_lines_fit_the_output_block(built_site):
    wide = []
    for page in pages():
        for lang in LANGUAGES:
            for name, line in wide_output_lines(page_path(built_site.site, page, lang)):
                if KERAS_MESSAGES.get(name, "\0") not in line:
                    wide.append(f"{page} ({lang}), snippets/{name}: {columns(line)} columns: {line[:60]}...")
    assert wide == [], "\n".join(wide)


def test_the_keras_messages_are_there_and_wide(built_site):
    """The exceptions above are real: each snippet prints its message, too long to fit."""
    seen = {name for page in pages() for name, _ in wide_output_lines(page_path(built_site.site, page, "ko"))}
    assert seen >= set(KERAS_MESSAGES), seen
