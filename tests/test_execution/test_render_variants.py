"""An embed with variants as a page shows it: hidden controls in the page's language, one panel per variant."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup

from rnn_site.execution.embeds import RENDER_EXTENSIONS, PageEmbed, ShownVariant
from rnn_site.execution.render import RADIO_LIMIT, render_variants
from rnn_site.execution.runner import ArrayInfo, RunResult
from rnn_site.execution.variants import combinations, read_choices, variant_key, variant_source
from rnn_site.notebooks.notebook import build_notebook
from rnn_site.reading import read_markdown

SOURCE = (
    "MODE = 'concat'  # try: 'concat', 'sum', 'mul', 'ave', None\nFLAG = False  # try: False, True\nprint(MODE, FLAG)\n"
)
SVG = '<svg xmlns="http://www.w3.org/2000/svg"><g id="figure_1"></g></svg>'


def shown() -> tuple:
    choices = read_choices(SOURCE, "snippets/modes.py")
    variants = []
    for chosen in combinations(choices):
        text = variant_source(SOURCE, chosen)
        result = RunResult(
            output=f"{chosen['MODE']} {chosen['FLAG']}\n", arrays=(ArrayInfo("x", (1, 2), "float32"),), figures=(SVG,)
        )
        changed = tuple(n for n, (a, b) in enumerate(zip(SOURCE.splitlines(), text.splitlines()), 1) if a != b)
        variants.append(ShownVariant(variant_key(choices, chosen), tuple(chosen.items()), changed, text, result))
    return choices, tuple(variants)


def page(lang: str = "en") -> BeautifulSoup:
    choices, variants = shown()
    text = render_variants("modes.py", choices, variants, lang, "snippet-1")
    html = markdown.markdown(text, extensions=list(RENDER_EXTENSIONS))
    return BeautifulSoup(html, "html.parser")


def test_one_panel_per_variant_the_default_first_and_alone_visible():
    soup = page()
    group = soup.select_one("div.snippet-variants")
    panels = group.select("div.snippet-variant")
    assert len(panels) == 5 * 2
    assert panels[0]["data-variant"] == group["data-default"] == "MODE=concat&FLAG=False"
    assert [p.has_attr("hidden") for p in panels] == [False] + [True] * 9
    assert [p.has_attr("data-search-exclude") for p in panels] == [False] + [True] * 9  # Material's search skips them
    assert len({p["data-variant"] for p in panels}) == 10
    for panel in panels:
        run = panel.select_one("div.snippet-run")
        assert run["data-variant"] == panel["data-variant"] and run["data-snippet"] == "modes.py"
        assert ("snippet-run--variant" in run["class"]) == panel.has_attr("hidden")
        mode, flag = (value for _, value in (pair.split("=") for pair in panel["data-variant"].split("&")))
        assert panel.select_one(".snippet-output code").get_text().strip() in (f"'{mode}' {flag}", f"{mode} {flag}")


def test_controls_hidden_until_the_script_shows_them_a_select_for_long_lists():
    soup = page("ko")
    controls = soup.select_one(".snippet-variants__controls")
    assert controls.has_attr("hidden") and controls["aria-label"] == "값을 바꿔 실행해 보기"
    select = controls.select_one('[data-name="MODE"] select')
    assert len(read_choices(SOURCE)[0].values) > RADIO_LIMIT and select is not None
    assert soup.select_one(f'label[for="{select["id"]}"]') is not None
    assert [o["value"] for o in select.select("option")] == ["concat", "sum", "mul", "ave", "None"]
    radios = controls.select('fieldset[data-name="FLAG"] input[type="radio"]')
    assert [(r["value"], r.has_attr("checked")) for r in radios] == [("False", True), ("True", False)]
    assert controls.select_one('fieldset[data-name="FLAG"] legend').get_text() == "FLAG"


def test_changed_lines_are_highlighted_and_named_ids_stay_unique():
    soup = page()
    panel = soup.select_one('div.snippet-variant[data-variant="MODE=sum&FLAG=True"]')
    assert [s.get_text() for s in panel.select(".hll")] == [
        "MODE = 'sum'  # try: 'concat', 'sum', 'mul', 'ave', None\n",
        "FLAG = True  # try: False, True\n",
    ]
    assert "line 1 (MODE = 'sum'), line 2 (FLAG = True)" in panel.select_one(".snippet-variant__diff").get_text()
    assert soup.select_one("div.snippet-variant").select(".hll") == [], "the default changes nothing"
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), "each panel's code block and figures keep ids of their own"


def test_a_notebook_runs_the_file_and_lists_the_values_to_try():
    choices, variants = shown()
    page_text = '# Modes\n\n{{ run("modes.py") }}\n'
    embed = PageEmbed("modes.py", 3, SOURCE, variants[0].result, None, choices, variants)
    nb = build_notebook(page_text, [embed], read_markdown(page_text).headings, lang="en", page="modes.en.md")
    code = next(i for i, cell in enumerate(nb.cells) if cell.cell_type == "code")
    assert nb.cells[code].source == SOURCE
    note = nb.cells[code + 1]
    assert note.cell_type == "markdown"
    assert "`MODE`: `'concat'`, `'sum'`, `'mul'`, `'ave'`, `None`; `FLAG`: `False`, `True`" in note.source
