"""Long output is cut on the page to its first lines, with a note of how many were left out."""

from __future__ import annotations

import re

from rnn_site.execution.render import render_embed, render_output
from rnn_site.execution.runner import RunResult
from rnn_site.execution.truncate import cut_output, omitted_note


def test_short_output_is_kept_whole():
    assert cut_output("a\nb\n", 2).omitted == 0
    assert cut_output("a\nb\n", 2).shown == "a\nb"
    assert cut_output("a\n" * 1000, 0).omitted == 0  # 0: never cut
    assert cut_output("a\n" * 1000, None).omitted == 0


def test_long_output_keeps_its_start_and_counts_the_rest():
    output = "".join(f"line {i}\n" for i in range(100_000))
    cut = cut_output(output, 200)
    assert cut.shown.split("\n") == output.split("\n")[:200]
    assert cut.omitted == 100_000 - 200


def test_note_in_both_languages_says_how_many_lines_were_left_out():
    cut = cut_output("x\n" * 1250, 50)
    assert omitted_note(cut_output("x\n", 50), "ko") == ""
    ko, en = omitted_note(cut, "ko"), omitted_note(cut, "en")
    assert 'data-omitted-lines="1200"' in ko and "1,200줄" in ko and "50줄" in ko
    assert "1,200" in en and "first 50 lines" in en


def test_page_of_a_huge_output_stays_small():
    output = "".join(f"{i:>10}\n" for i in range(100_000))  # a 1.1 MB print
    html = render_embed("big.py", "print()\n", RunResult(output=output), "en", max_output_lines=200)
    assert len(html) < 10_000
    shown = re.search(r"<pre><code>(.*?)</code></pre>", html, re.S)[1]
    assert shown.split("\n") == output.split("\n")[:200]
    assert 'data-omitted-lines="99800"' in html


def test_render_output_without_a_limit_is_unchanged():
    assert "snippet-output__omitted" not in render_output("x\n" * 5000, "en")
