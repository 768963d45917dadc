"""The LSTM and GRU cell diagrams on docs/lstm-gru-from-weights show the shapes and slices of the real layers."""

from __future__ import annotations

import re
from html import unescape

import numpy as np
import pytest

from rnn_site.diagrams.__main__ import GATED
from rnn_site.diagrams.gated_cells import figure_html, gate_slices, shape_text
from rnn_site.labels import GATED_CELLS as LABELS
from tests.conftest import DOCS, LANGUAGES
from tests.snippet_modules import lazy_snippet

lstm_run = lazy_snippet("lstm_from_weights")
gru_run = lazy_snippet("gru_from_weights")
KINDS = ("lstm", "gru")


def _texts(svg: str) -> list[str]:
    return [unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def _run(kind: str):
    return lstm_run if kind == "lstm" else gru_run


def test_the_diagrams_parameters_are_the_real_runs():
    for kind in KINDS:
        run = _run(kind)
        assert GATED == {
            "batch_size": run.x_data.shape[0],
            "input_dim": run.x_data.shape[2],
            "units": run.outputs.shape[2],
        }, kind


@pytest.mark.parametrize("kind", KINDS)
def test_each_gates_row_names_the_slices_the_snippet_cuts_and_their_real_shapes(kind):
    run = _run(kind)
    slices = gate_slices(kind, **{k: GATED[k] for k in ("input_dim", "units")})
    assert [s.gate for s in slices] == list(run.gates)  # Keras's order: i, f, c, o / z, r, h
    for s in slices:
        start, stop = s.columns
        blocks = run.gates[s.gate]
        np.testing.assert_array_equal(run.kernel[:, start:stop], blocks[0])
        np.testing.assert_array_equal(run.recurrent_kernel[:, start:stop], blocks[1])
        assert (s.kernel, s.recurrent_kernel) == (blocks[0].shape, blocks[1].shape)
        for row, (index, shape) in enumerate(s.bias):
            # the index in the diagram, applied to the real bias, gives the block the snippet uses
            value = eval("bias" + index, {"bias": run.bias})
            np.testing.assert_array_equal(value, blocks[2 + row])
            assert value.shape == shape


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_wire_shows_the_shape_of_the_real_run(kind, lang):
    run = _run(kind)
    texts = _texts(figure_html(kind, **GATED, lang=lang))
    state = shape_text(tuple(run.outputs[:, 0].shape))
    step_input = shape_text(run.x_data[:, 0].shape)
    assert texts.count(state) == len(run.gates)  # what each gate outputs
    assert f"xₜ {step_input}" in texts and f"hₜ₋₁ {state}" in texts
    assert f"hₜ {state}" in texts
    if kind == "lstm":
        assert f"cₜ₋₁ {shape_text(tuple(run.state_c.shape))}" in texts and f"cₜ {state}" in texts
    # the table: each row's kernel cell is the index into kernel (the column's header) and the block's shape
    kernel_block = shape_text(run.kernel[:, :2].shape)
    kernel_cells = [t for t in texts if t.startswith("[:, ") and t.endswith(kernel_block)]
    assert kernel_cells == [
        f"[:, {2 * k}:{2 * k + 2}] {shape_text(run.gates[g][0].shape)}" for k, g in enumerate(run.gates)
    ]
    assert {"kernel", "recurrent_kernel"} <= set(texts)


@pytest.mark.parametrize("kind", KINDS)
def test_both_pages_include_the_diagram_in_the_section_before_its_snippet(kind):
    snippet = f'{{{{ run("{kind}_from_weights.py") }}}}'
    positions = []
    for lang in LANGUAGES:
        page = (DOCS / f"lstm-gru-from-weights.{lang}.md").read_text(encoding="utf-8")
        include = f'--8<-- "{kind}-cell.{lang}.html"'
        assert page.count(include) == 1, lang
        sections = re.split(r"^## ", page, flags=re.M)
        index = next(i for i, section in enumerate(sections) if include in section)
        # the picture's section, then the section that recomputes that layer from its weights
        assert snippet in sections[index + 1], lang
        positions.append(index)
    assert len(set(positions)) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_diagram_follows_the_theme_and_has_a_text_alternative(kind, lang):
    html = figure_html(kind, **GATED, lang=lang)
    assert "currentColor" in html
    assert not re.search(r"#000\b|#000000|black|font-family:\s*['\"]?[A-Z]", html)
    assert 'role="img"' in html and f'aria-labelledby="{kind}-cell-title-{lang}"' in html
    title = LABELS[lang][f"{kind}_title"].format(input_dim=GATED["input_dim"], units=GATED["units"])
    assert f'<title id="{kind}-cell-title-{lang}">' in html and f"<figcaption>{title}</figcaption>" in html
    assert "<text" in html and "\n\n" not in html
