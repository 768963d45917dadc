"""Write the diagrams the pages include: ``python -m rnn_site.diagrams``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import gated_cells
from .rnn_unrolled import figure_html

FIGURES = Path(__file__).resolve().parents[3] / "docs" / "figures"  # src/rnn_site/diagrams -> repo

# "hello" through SimpleRNN(2): the sizes of snippets/hello_sequence_rnn.py (a test checks them against a run)
HELLO: dict[str, Any] = {"word": "hello", "batch_size": 1, "input_dim": 4, "hidden_size": 2}


# One step of LSTM(2) and GRU(2) on "hello": the sizes of snippets/lstm_from_weights.py and gru_from_weights.py
GATED: dict[str, int] = {"batch_size": 1, "input_dim": 4, "units": 2}


def expected_files() -> dict[Path, str]:
    """Every diagram file and the text it must hold."""
    files = {FIGURES / f"rnn-unrolled-hello.{lang}.html": figure_html(**HELLO, lang=lang) for lang in ("ko", "en")}
    for kind in ("lstm", "gru"):
        for lang in ("ko", "en"):
            files[FIGURES / f"{kind}-cell.{lang}.html"] = gated_cells.figure_html(kind, **GATED, lang=lang)
    return files


def main() -> None:
    for path, text in expected_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
