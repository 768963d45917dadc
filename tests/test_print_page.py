"""rnn_site.print_page: built articles combined into one printable page, without MkDocs."""

from __future__ import annotations

from bs4 import BeautifulSoup

from rnn_site.print_page import combine, prepare_article, print_url

SHELL = """<html><head><title>용어집 - RNN 기초</title><link rel="canonical" href="http://x/glossary/"></head><body>
<a class="md-skip" href="#g">skip</a>
<a class="md-select__link" hreflang="en" href="../en/glossary/">English</a>
<nav class="md-nav md-nav--secondary"><a href="#t">toc</a></nav>
<article class="md-content__inner md-typeset"><h1 id="g">용어집</h1></article></body></html>"""

LESSON = """<h1 id="basics">RNN 기초<a class="headerlink" href="#basics">¶</a></h1>
<h2 id="shape">shape</h2><p><a href="#shape">here</a>, <a href="../cells/#gate">there</a>, <a href="../">home</a></p>
<details class="success"><summary>풀이</summary><input id="__tabbed_1_1"><label for="__tabbed_1_1">t</label></details>
<pre><code>x = 1<span class="shape-hint" data-hint="x (1, 4)"></span>
<span class="shape-hint shape-hint--below" data-hint="↳ x (1, 4)"></span></code></pre>"""


def _article(html: str, name: str, url: str, anchors: dict[str, str]) -> BeautifulSoup:
    article = BeautifulSoup(html, "html.parser")
    prepare_article(article, name, url, anchors)
    return article


def test_ids_and_links_get_the_page_name_and_course_links_stay_on_the_print_page():
    anchors = {"http://site.invalid/basics/": "basics", "http://site.invalid/cells/": "cells"}
    article = _article(LESSON, "basics", "basics/", anchors)
    assert [tag["id"] for tag in article.find_all(id=True)] == [
        "basics--basics",
        "basics--shape",
        "basics--__tabbed_1_1",
    ]
    hrefs = [a["href"] for a in article.find_all("a")]
    assert hrefs == ["#basics--basics", "#basics--shape", "#cells--gate", "../"]  # home stays a link out
    assert article.find("label")["for"] == "basics--__tabbed_1_1"


def test_headings_move_down_solutions_open_and_hints_become_text():
    article = _article(LESSON, "basics", "basics/", {})
    assert [h.name for h in article.find_all(["h1", "h2", "h3"])] == ["h2", "h3"]
    assert article.find("details").has_attr("open")
    assert not article.find(class_="shape-hint")
    assert article.find("code").get_text() == "x = 1  ← x (1, 4)\n"


def test_the_page_holds_a_contents_list_and_every_article_in_order_in_the_frame():
    html = combine(
        SHELL, "glossary/", "print/", "전체 코스", [("basics", "basics/", LESSON), ("cells", "cells/", LESSON)]
    )
    page = BeautifulSoup(html, "html.parser")
    assert page.title.get_text() == "전체 코스 - RNN 기초"
    assert [a["href"] for a in page.select(".print-contents a")] == ["#basics", "#cells"]
    assert [a.get_text() for a in page.select(".print-contents a")] == ["RNN 기초", "RNN 기초"]
    assert [s["id"] for s in page.select("section.print-lesson")] == ["basics", "cells"]
    assert page.select_one("a.md-select__link")["href"] == "../en/print/"
    assert page.select_one('link[rel="canonical"]')["href"] == "http://x/print/"
    assert page.select_one("a.md-skip")["href"] == "#print"  # the frame's own title is gone
    assert not page.select("nav.md-nav--secondary")  # the frame's own contents would point at the glossary
    ids = [tag["id"] for tag in page.find_all(id=True)]
    assert len(ids) == len(set(ids))


def test_the_print_page_sits_at_a_lessons_depth():
    assert print_url("", True) == "print/" and print_url("en/", True) == "en/print/"
    assert print_url("index.html", False) == "print.html" and print_url("en/index.html", False) == "en/print.html"


def test_a_snippet_with_variants_prints_its_default_run_without_controls():
    html = """<div class="snippet-variants" data-snippet="x.py" data-default="A=1">
<div class="snippet-variants__controls" role="group" hidden><fieldset><input type="radio" name="s-A"></fieldset></div>
<div class="snippet-variant" data-variant="A=1"><div class="snippet-run"><pre><code>A = 1</code></pre></div></div>
<div class="snippet-variant" data-variant="A=2" hidden><div class="snippet-run snippet-run--variant">
<pre><code>A = 2</code></pre></div></div></div>"""
    article = _article(html, "basics", "basics/", {})
    assert [panel["data-variant"] for panel in article.select(".snippet-variant")] == ["A=1"]
    assert not article.select(".snippet-variants__controls, input")
    assert article.get_text(strip=True) == "A = 1"
