"""One time step of an LSTM cell and of a GRU cell, drawn as SVG from the layer's sizes.

Each diagram shows the path the state takes through the cell (LSTM: the cell state c along the top;
GRU: the hidden state h), the gates as boxes with the shape of what each one outputs, and, under it, a
table of where each gate's weights sit in the arrays ``get_weights()`` returns: the columns of
``kernel``, ``recurrent_kernel`` and ``bias`` with the shape of each slice, in Keras's gate order.
Like ``rnn_unrolled``, every stroke and text uses ``currentColor`` (light and dark schemes) and no
font is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from rnn_site import labels

from .rnn_unrolled import shape_text

LSTM_GATES = "ifco"  # Keras's order of the blocks in kernel, recurrent_kernel and bias
GRU_GATES = "zrh"

_NAMES = {"i": "iₜ", "f": "fₜ", "c": "c̃ₜ", "o": "oₜ", "z": "zₜ", "r": "rₜ", "h": "h̃ₜ"}
_ACTIVATIONS = {"i": "σ", "f": "σ", "c": "tanh", "o": "σ", "z": "σ", "r": "σ", "h": "tanh"}
_CHAR_WIDTH = 7.3  # a monospace character at 12px, for the table's columns


@dataclass(frozen=True)
class GateSlice:
    """Where one gate's weights sit in the layer's arrays, and the shape of each slice."""

    gate: str
    columns: tuple[int, int]
    kernel: tuple[int, ...]
    recurrent_kernel: tuple[int, ...]
    bias: tuple[tuple[str, tuple[int, ...]], ...]  # (the index into bias, the slice's shape), one per bias row

    def cells(self) -> list[str]:
        """The table's row: the column header names the array, each cell the index into it and the shape."""
        start, stop = self.columns
        return [
            self.gate,
            _ACTIVATIONS[self.gate],
            f"[:, {start}:{stop}] {shape_text(self.kernel)}",
            f"[:, {start}:{stop}] {shape_text(self.recurrent_kernel)}",
            *(f"{index} {shape_text(shape)}" for index, shape in self.bias),
        ]


def gate_slices(kind: str, *, input_dim: int, units: int) -> list[GateSlice]:
    """The gates of ``kind`` ("lstm" or "gru", reset_after=True) in Keras's order, with their slices."""
    gates = LSTM_GATES if kind == "lstm" else GRU_GATES
    slices = []
    for k, gate in enumerate(gates):
        start, stop = k * units, (k + 1) * units
        if kind == "lstm":
            bias: tuple[tuple[str, tuple[int, ...]], ...] = ((f"[{start}:{stop}]", (units,)),)
        else:
            bias = tuple((f"[{row}, {start}:{stop}]", (units,)) for row in (0, 1))
        slices.append(GateSlice(gate, (start, stop), (input_dim, units), (units, units), bias))
    return slices


class _Svg:
    """A few drawing helpers that append SVG elements to a list."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.parts: list[str] = []

    def text(self, x: float, y: float, content: str, *, anchor: str = "middle", cls: str = "") -> None:
        klass = f' class="{cls}"' if cls else ""
        self.parts.append(f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}"{klass}>{escape(content)}</text>')

    def path(self, points: list[tuple[float, float]], *, arrow: bool = True) -> None:
        d = " ".join(f"{'M' if i == 0 else 'L'}{x:g},{y:g}" for i, (x, y) in enumerate(points))
        marker = f' marker-end="url(#{self.prefix}-arrow)"' if arrow else ""
        self.parts.append(f'<path class="wire" d="{d}"{marker}/>')

    def op(self, x: float, y: float, symbol: str) -> None:
        """A pointwise operation: a circle with × or +."""
        self.parts.append(f'<circle class="op" cx="{x:g}" cy="{y:g}" r="13"/>')
        self.text(x, y + 5, symbol, cls="symbol")

    def gate(self, x: float, y: float, gate: str, out_shape: str, *, name_right: bool = False) -> None:
        """A gate's box (its activation inside, its name beside it, its output's shape above it)."""
        width = 58 if _ACTIVATIONS[gate] == "tanh" else 40
        self.parts.append(f'<rect class="gate" x="{x - width / 2:g}" y="{y:g}" width="{width:g}" height="30" rx="5"/>')
        self.text(x, y + 20, _ACTIVATIONS[gate])
        if name_right:
            self.text(x + width / 2 + 6, y + 20, _NAMES[gate], anchor="start", cls="name")
        else:
            self.text(x - width / 2 - 6, y + 20, _NAMES[gate], anchor="end", cls="name")
        self.text(x + 6, y - 8, out_shape, anchor="start", cls="shape")

    def dot(self, x: float, y: float) -> None:
        self.parts.append(f'<circle class="dot" cx="{x:g}" cy="{y:g}" r="3"/>')

    def table(self, top: float, header: list[str], rows: list[list[str]]) -> float:
        """Columns wide enough for their longest text; returns the table's right edge."""
        columns = list(zip(header, *rows))
        x, xs = 30.0, []
        for column in columns:
            xs.append(x)
            x += max(len(cell) for cell in column) * _CHAR_WIDTH + 22
        for j, cell in enumerate(header):
            self.text(xs[j], top, cell, anchor="start", cls="head code" if j >= 2 else "head")
        self.parts.append(f'<path class="rule" d="M30,{top + 8:g} H{x - 22:g}"/>')
        for i, row in enumerate(rows, start=1):
            for j, cell in enumerate(row):
                self.text(xs[j], top + 8 + 22 * i, cell, anchor="start", cls="shape")
        return x - 22


def _bus(svg: _Svg, gates_x: list[float], *, input_dim: int, units: int, batch_size: int) -> None:
    """x_t and h_{t-1} enter from the left along a wire under the gates; each gate reads both."""
    bus_y, gate_bottom = 325, 285
    svg.text(126, bus_y - 8, f"xₜ {shape_text((batch_size, input_dim))}", anchor="end", cls="shape")
    svg.text(126, bus_y + 18, f"hₜ₋₁ {shape_text((batch_size, units))}", anchor="end", cls="shape")
    svg.path([(132, bus_y), (gates_x[-1], bus_y)], arrow=False)
    for x in gates_x:
        svg.dot(x, bus_y)
        svg.path([(x, bus_y), (x, gate_bottom + 4)])


def _document(svg: _Svg, *, width: float, height: float, title: str, lang: str) -> str:
    p = svg.prefix
    body = "\n".join(svg.parts)
    return (
        f'<svg class="{p}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'role="img" aria-labelledby="{p}-title-{lang}">\n'
        f'<title id="{p}-title-{lang}">{escape(title)}</title>\n'
        "<defs>\n"
        f'<marker id="{p}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker>\n'
        "<style>\n"
        f".{p} {{ color: inherit; font-size: 14px; }}\n"
        f".{p} text {{ fill: currentColor; }}\n"
        f".{p} .wire, .{p} .rule {{ stroke: currentColor; stroke-width: 1.5; fill: none; }}\n"
        f".{p} .lane {{ stroke: currentColor; stroke-width: 3; fill: none; }}\n"
        f".{p} .cell {{ stroke: currentColor; stroke-width: 1.2; stroke-dasharray: 5 4; fill: currentColor; "
        "fill-opacity: 0.04; }\n"
        f".{p} .gate {{ stroke: currentColor; stroke-width: 1.8; fill: currentColor; fill-opacity: 0.1; }}\n"
        f".{p} .op {{ stroke: currentColor; stroke-width: 1.5; fill: none; }}\n"
        f".{p} .dot {{ fill: currentColor; }}\n"
        f".{p} .symbol {{ font-size: 16px; font-weight: bold; }}\n"
        f".{p} .name {{ font-style: italic; }}\n"
        f".{p} .shape {{ font-family: monospace; font-size: 12px; }}\n"
        f".{p} .strong {{ font-family: monospace; font-weight: bold; }}\n"
        f".{p} .head {{ font-size: 12px; font-weight: bold; }}\n"
        f".{p} .code {{ font-family: monospace; }}\n"
        f".{p} .note {{ font-size: 12px; opacity: 0.8; }}\n"
        "</style>\n"
        "</defs>\n"
        f"{body}\n"
        "</svg>\n"
    )


def lstm_cell_svg(*, batch_size: int, input_dim: int, units: int, lang: str) -> str:
    """An LSTM cell: c_{t-1} -> × f -> + i × c~ -> c_t along the top; h_t = o × tanh(c_t)."""
    words = labels.words(labels.GATED_CELLS, lang)
    svg = _Svg("lstm-cell")
    state = shape_text((batch_size, units))
    lane_y, gate_y = 80, 255
    x_f, x_i, x_c, x_o, x_out = 200, 310, 420, 520, 600
    x_plus = (x_i + x_c) / 2
    svg.parts.append('<rect class="cell" x="135" y="40" width="525" height="300" rx="10"/>')
    # the cell-state path along the top
    svg.text(20, lane_y - 12, f"cₜ₋₁ {state}", anchor="start", cls="strong")
    svg.text(20, lane_y + 24, words["cell_state"], anchor="start", cls="note")
    svg.parts.append(f'<path class="lane" d="M20,{lane_y} H{x_f - 13}"/>')
    svg.op(x_f, lane_y, "×")
    svg.parts.append(f'<path class="lane" d="M{x_f + 13},{lane_y} H{x_plus - 13}"/>')
    svg.op(x_plus, lane_y, "+")
    svg.parts.append(f'<path class="lane" d="M{x_plus + 13},{lane_y} H{x_out + 80}"/>')
    svg.text(x_out + 86, lane_y - 12, f"cₜ {state}", anchor="start", cls="strong")
    svg.text(x_out + 86, lane_y + 24, words["cell_state"], anchor="start", cls="note")
    # the gates
    for x, gate in zip((x_f, x_i, x_c, x_o), "fico"):
        svg.gate(x, gate_y, gate, state)
    svg.path([(x_f, gate_y), (x_f, lane_y + 15)])  # f scales c_{t-1}
    svg.op(x_plus, 165, "×")  # i × c~ ...
    svg.path([(x_i, gate_y), (x_i, 165), (x_plus - 15, 165)])
    svg.path([(x_c, gate_y), (x_c, 165), (x_plus + 15, 165)])
    svg.path([(x_plus, 152), (x_plus, lane_y + 15)])  # ... added to the cell state
    # h_t = o × tanh(c_t)
    svg.dot(x_out, lane_y)
    svg.parts.append(f'<rect class="gate" x="{x_out - 29}" y="118" width="58" height="28" rx="5"/>')
    svg.text(x_out, 137, "tanh")
    svg.path([(x_out, lane_y), (x_out, 116)])
    svg.op(x_out, 205, "×")
    svg.path([(x_out, 146), (x_out, 190)])
    svg.path([(x_o, gate_y), (x_o, 205), (x_out - 15, 205)])
    svg.path([(x_out + 13, 205), (x_out + 80, 205)])
    svg.text(x_out + 86, 201, f"hₜ {state}", anchor="start", cls="strong")
    svg.text(x_out + 86, 225, words["hidden_state"], anchor="start", cls="note")
    _bus(svg, [x_f, x_i, x_c, x_o], input_dim=input_dim, units=units, batch_size=batch_size)
    header = [words["gate"], words["activation"], "kernel", "recurrent_kernel", "bias"]
    rows = [s.cells() for s in gate_slices("lstm", input_dim=input_dim, units=units)]
    right = svg.table(385, header, rows)
    title = words["lstm_title"].format(input_dim=input_dim, units=units)
    return _document(
        svg, width=max(right, x_out + 170) + 20, height=385 + 8 + 22 * len(rows) + 16, title=title, lang=lang
    )


def gru_cell_svg(*, batch_size: int, input_dim: int, units: int, lang: str) -> str:
    """A GRU cell (reset_after=True): h_{t-1} -> × z -> + (1 - z) × h~ -> h_t; r scales h_{t-1} U_h + b'."""
    words = labels.words(labels.GATED_CELLS, lang)
    svg = _Svg("gru-cell")
    state = shape_text((batch_size, units))
    lane_y, gate_y = 80, 255
    x_z, x_r, x_h = 200, 350, 500
    x_plus, x_out = 420, 600
    svg.parts.append('<rect class="cell" x="135" y="40" width="525" height="300" rx="10"/>')
    svg.text(20, lane_y - 12, f"hₜ₋₁ {state}", anchor="start", cls="strong")
    svg.text(20, lane_y + 24, words["hidden_state"], anchor="start", cls="note")
    svg.parts.append(f'<path class="lane" d="M20,{lane_y} H{x_z - 13}"/>')
    svg.op(x_z, lane_y, "×")
    svg.parts.append(f'<path class="lane" d="M{x_z + 13},{lane_y} H{x_plus - 13}"/>')
    svg.op(x_plus, lane_y, "+")
    svg.parts.append(f'<path class="lane" d="M{x_plus + 13},{lane_y} H{x_out + 80}"/>')
    svg.text(x_out + 86, lane_y - 12, f"hₜ {state}", anchor="start", cls="strong")
    svg.text(x_out + 86, lane_y + 24, words["hidden_state"], anchor="start", cls="note")
    for x, gate in zip((x_z, x_r, x_h), "zrh"):
        svg.gate(x, gate_y, gate, state, name_right=gate == "h")  # r's wire comes in from the left of h
    # z keeps h_{t-1}; 1 - z takes the candidate
    svg.path([(x_z, gate_y), (x_z, lane_y + 15)])
    svg.dot(x_z, 165)
    svg.parts.append(f'<rect class="gate" x="{x_z + 50}" y="152" width="40" height="26" rx="5"/>')
    svg.text(x_z + 70, 170, "1−")
    svg.path([(x_z, 165), (x_z + 48, 165)])
    svg.op(x_plus, 165, "×")
    svg.path([(x_z + 90, 165), (x_plus - 15, 165)])
    svg.path([(x_h, gate_y), (x_h, 165), (x_plus + 15, 165)])
    svg.path([(x_plus, 152), (x_plus, lane_y + 15)])
    # r scales the recurrent part of the candidate: tanh(x W_h + b_h + r × (h U_h + b'_h))
    svg.path([(x_r + 20, gate_y + 15), (x_h - 31, gate_y + 15)])
    svg.text((x_r + x_h) / 2 + 4, gate_y + 8, "rₜ ×", cls="note")
    _bus(svg, [x_z, x_r, x_h], input_dim=input_dim, units=units, batch_size=batch_size)
    header = [
        words["gate"],
        words["activation"],
        "kernel",
        "recurrent_kernel",
        "bias (b)",  # row 0: the input side
        "bias (b′)",  # row 1: the hidden-state side
    ]
    rows = [s.cells() for s in gate_slices("gru", input_dim=input_dim, units=units)]
    right = svg.table(385, header, rows)
    title = words["gru_title"].format(input_dim=input_dim, units=units)
    return _document(
        svg, width=max(right, x_out + 170) + 20, height=385 + 8 + 22 * len(rows) + 16, title=title, lang=lang
    )


def figure_html(kind: str, *, batch_size: int, input_dim: int, units: int, lang: str) -> str:
    """The LSTM (``kind="lstm"``) or GRU diagram wrapped in ``<figure>``, ready to include in a page."""
    draw = lstm_cell_svg if kind == "lstm" else gru_cell_svg
    svg = draw(batch_size=batch_size, input_dim=input_dim, units=units, lang=lang)
    title = labels.words(labels.GATED_CELLS, lang)[f"{kind}_title"].format(input_dim=input_dim, units=units)
    return f'<figure class="diagram">\n{svg}<figcaption>{escape(title)}</figcaption>\n</figure>\n'
