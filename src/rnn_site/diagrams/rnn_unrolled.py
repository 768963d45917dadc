"""An RNN unrolled over a word, drawn as SVG with the shape on every arrow.

The SVG is meant to be inlined in a page: every stroke and text uses
``currentColor``, so it follows the page's text colour in Material's light
(``default``) and dark (``slate``) schemes, and it names no font, so it uses
the page's own (no external fonts).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from rnn_site.labels import DIAGRAM

LABELS = DIAGRAM  # the words live with every other label of the site (rnn_site.labels)
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def shape_text(shape: tuple[int, ...]) -> str:
    """``(1, 4)`` written the way NumPy and TensorFlow print shapes."""
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


@dataclass(frozen=True)
class UnrolledShapes:
    """The shapes the diagram shows, derived from the layer's sizes."""

    step_input: tuple[int, ...]  # x_t, one time step of the input
    step_state: tuple[int, ...]  # h_t, one hidden state
    inputs: tuple[int, ...]
    outputs: tuple[int, ...]
    states: tuple[int, ...]

    @classmethod
    def of(cls, batch_size: int, steps: int, input_dim: int, hidden_size: int) -> UnrolledShapes:
        return cls(
            step_input=(batch_size, input_dim),
            step_state=(batch_size, hidden_size),
            inputs=(batch_size, steps, input_dim),
            outputs=(batch_size, steps, hidden_size),
            states=(batch_size, hidden_size),
        )


def unrolled_rnn_svg(word: str, *, batch_size: int, input_dim: int, hidden_size: int, lang: str) -> str:
    """The SVG of one RNN cell unrolled over the characters of ``word``."""
    words = LABELS[lang]
    steps = len(word)
    shapes = UnrolledShapes.of(batch_size, steps, input_dim, hidden_size)
    step_x, left, cell_w, cell_h = 130, 130, 64, 46
    width = left + step_x * (steps - 1) + 270
    y_out_text, y_out_arrow, y_cell, y_in_box, y_char = 78, 92, 160, 270, 325
    height = 380
    xs = [left + step_x * t for t in range(steps)]
    title = words["title"].format(word=word, steps=steps)

    parts: list[str] = []

    def text(x: float, y: float, content: str, *, anchor: str = "middle", cls: str = "") -> None:
        klass = f' class="{cls}"' if cls else ""
        parts.append(f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}"{klass}>{escape(content)}</text>')

    def arrow(x1: float, y1: float, x2: float, y2: float) -> None:
        parts.append(f'<line x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}" marker-end="url(#rnn-unrolled-arrow)"/>')

    # Top: the bracket collecting every h_t into outputs
    bracket_y = 50
    parts.append(
        f'<path class="bracket" d="M{xs[0] - 20:g},{bracket_y + 10:g} V{bracket_y:g} '
        f'H{xs[-1] + 20:g} V{bracket_y + 10:g}"/>'
    )
    text((xs[0] + xs[-1]) / 2, bracket_y - 24, f"outputs {shape_text(shapes.outputs)}", cls="strong")
    text((xs[0] + xs[-1]) / 2, bracket_y - 8, words["outputs"], cls="note")
    # Bottom: the bracket collecting every x_t into the input
    bottom_y = y_char + 18
    parts.append(
        f'<path class="bracket" d="M{xs[0] - 20:g},{bottom_y - 10:g} V{bottom_y:g} '
        f'H{xs[-1] + 20:g} V{bottom_y - 10:g}"/>'
    )
    text((xs[0] + xs[-1]) / 2, bottom_y + 22, f"{words['input']} {shape_text(shapes.inputs)}", cls="strong")

    # h_0 comes in from the left
    mid = y_cell + cell_h / 2
    text(xs[0] - cell_w / 2 - 58, mid - 8, words["initial"])
    text(xs[0] - cell_w / 2 - 58, mid + 24, shape_text(shapes.step_state), cls="shape")
    arrow(xs[0] - cell_w / 2 - 96, mid, xs[0] - cell_w / 2 - 4, mid)

    for t, (x, char) in enumerate(zip(xs, word), start=1):
        sub = str(t).translate(_SUBSCRIPTS)
        # the cell
        parts.append(
            f'<rect class="cell" x="{x - cell_w / 2:g}" y="{y_cell:g}" width="{cell_w:g}" height="{cell_h:g}" rx="6"/>'
        )
        text(x, mid + 5, words["cell"])
        # x_t in, from below
        parts.append(f'<rect class="input" x="{x - 20:g}" y="{y_in_box:g}" width="40" height="26" rx="4"/>')
        text(x, y_in_box + 18, f"x{sub}")
        text(x, y_char, f"'{char}'", cls="char")
        arrow(x, y_in_box - 2, x, y_cell + cell_h + 4)
        text(x + 8, y_in_box - 22, shape_text(shapes.step_input), anchor="start", cls="shape")
        # h_t out, upwards
        arrow(x, y_cell - 2, x, y_out_arrow + 4)
        text(x, y_out_text, f"h{sub}")
        text(x + 8, y_cell - 24, shape_text(shapes.step_state), anchor="start", cls="shape")
        # h_t carried right, to the next cell or out as states
        if t < steps:
            arrow(x + cell_w / 2 + 2, mid, xs[t] - cell_w / 2 - 4, mid)
            text((x + xs[t]) / 2, mid - 8, f"h{sub}")
            text((x + xs[t]) / 2, mid + 20, shape_text(shapes.step_state), cls="shape")
    # the last h_t is also states
    end = xs[-1] + cell_w / 2
    arrow(end + 2, mid, end + 70, mid)
    text(end + 76, mid - 4, f"states {shape_text(shapes.states)}", anchor="start", cls="strong")
    text(end + 76, mid + 14, words["states"], anchor="start", cls="note")

    body = "\n".join(parts)
    return (
        f'<svg class="rnn-unrolled" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="rnn-unrolled-title-{lang}">\n'
        f'<title id="rnn-unrolled-title-{lang}">{escape(title)}</title>\n'
        "<defs>\n"
        '<marker id="rnn-unrolled-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker>\n'
        "<style>\n"
        ".rnn-unrolled { color: inherit; font-size: 14px; }\n"
        ".rnn-unrolled text { fill: currentColor; }\n"
        ".rnn-unrolled line, .rnn-unrolled .bracket { stroke: currentColor; stroke-width: 1.5; fill: none; }\n"
        ".rnn-unrolled .cell { stroke: currentColor; stroke-width: 1.8; fill: currentColor; fill-opacity: 0.08; }\n"
        ".rnn-unrolled .input { stroke: currentColor; stroke-width: 1.2; fill: none; }\n"
        ".rnn-unrolled .shape { font-family: monospace; font-size: 12px; }\n"
        ".rnn-unrolled .strong { font-family: monospace; font-weight: bold; }\n"
        ".rnn-unrolled .note { font-size: 12px; opacity: 0.8; }\n"
        ".rnn-unrolled .char { font-family: monospace; font-size: 14px; }\n"
        "</style>\n"
        "</defs>\n"
        f"{body}\n"
        "</svg>\n"
    )


def figure_html(word: str, *, batch_size: int, input_dim: int, hidden_size: int, lang: str) -> str:
    """The diagram wrapped in ``<figure>``, ready to include in a Markdown page."""
    svg = unrolled_rnn_svg(word, batch_size=batch_size, input_dim=input_dim, hidden_size=hidden_size, lang=lang)
    title = LABELS[lang]["title"].format(word=word, steps=len(word))
    return f'<figure class="diagram">\n{svg}<figcaption>{escape(title)}</figcaption>\n</figure>\n'
