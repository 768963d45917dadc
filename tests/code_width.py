"""How wide a snippet block may be on a desktop screen, and the one kind of line allowed to be wider.

Checked on the files (tests/test_code_style.py), on the printed output in the built pages
(tests/test_site/test_output_width.py) and on the rendered blocks in Chromium
(tests/test_browser/test_pages.py).
"""

from __future__ import annotations

import unicodedata

# In Material's code size with Menlo or DejaVu Sans Mono, a 79-column line overflows the block by 5 px
SNIPPET_COLUMNS = 78

KERAS_MESSAGES = {
    "stacked_rnn.py": "ValueError: Input 0 with name",  # the error of a 2D input to a second SimpleRNN
    "stateful_batch_size.py": "the batch size",  # the two errors of a stateful layer's batch size
}
"""Snippets that print a Keras error message as raised (one long line), and words every such wide line of theirs has."""


def columns(line: str) -> int:
    """Columns ``line`` takes in a monospaced font: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)
