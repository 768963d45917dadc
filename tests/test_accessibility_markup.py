"""The markup fixes of the ``accessibility`` plugin and the figures' text alternatives, without a browser."""

from __future__ import annotations

from rnn_site.accessibility import fix_page
from rnn_site.execution.figure_alt import alt_text, figure_texts, label_figure

PAGE = (
    '<html lang="ko"><body><div class="md-search" data-md-component="search" role="dialog">'
    '<div class="highlight-ipynb hl-python"><pre>x</pre></div></body></html>'
)
SVG = '<svg viewBox="0 0 1 1"><g id="text_1"><!-- time step --></g><!-- 0.25 --><!-- h --><!-- hidden unit 0 --><!-- time step --></svg>'


def test_search_dialog_gets_a_name_in_the_pages_language():
    assert 'role="dialog" aria-label="검색"' in fix_page(PAGE)
    assert 'aria-label="Search"' in fix_page(PAGE.replace('lang="ko"', 'lang="en"'))
    assert fix_page(fix_page(PAGE)) == fix_page(PAGE)  # once only


def test_notebook_code_cells_are_keyboard_reachable():
    html = fix_page(PAGE)
    assert '<div class="highlight-ipynb hl-python" tabindex="0" role="region" aria-label="코드 셀">' in html


def test_figure_text_alternative_lists_its_words_in_the_pages_language():
    assert figure_texts(SVG) == ["time step", "hidden unit 0"]
    assert (
        alt_text(SVG, "plot.py", "ko") == "snippets/plot.py가 그린 그래프. 그래프에 적힌 글: time step, hidden unit 0."
    )
    assert alt_text(SVG, "plot.py", "en").startswith("A chart drawn by snippets/plot.py. Its text: time step")
    labelled = label_figure(SVG, "plot.py", "en")
    assert labelled.startswith('<svg role="img" aria-label="A chart drawn by')
    assert label_figure(labelled, "plot.py", "en") == labelled


def test_notebook_figures_get_their_words_as_alt_text_in_the_pages_language():
    import base64

    data = base64.b64encode(SVG.encode()).decode()
    page = f'<html lang="ko"><body><img alt="No description has been provided for this image" src="data:image/svg+xml;base64,{data}"></body></html>'
    assert (
        f'<img alt="위 코드가 그린 그래프. 그래프에 적힌 글: time step, hidden unit 0." src="data:image/svg+xml;base64,{data}"'
        in fix_page(page)
    )
