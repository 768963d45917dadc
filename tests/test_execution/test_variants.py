"""Reading ``# try:`` declarations and making each variant's text (rnn_site.execution.variants), without a build."""

from __future__ import annotations

import ast

import pytest

from rnn_site.execution.variants import (
    MAX_COMBINATIONS,
    VariantError,
    changed_lines,
    combinations,
    plan_variants,
    read_choices,
    token,
    variant_key,
    variant_source,
)

SOURCE = """\
# a snippet with two names to flip
LAYER = 'SimpleRNN'  # try: 'SimpleRNN', 'LSTM', 'GRU'
RETURN_STATE = False  # try: False, True
note = "# try: this is a string, not a comment"
print(LAYER, RETURN_STATE, note)
"""


def test_choices_are_read_from_the_comment_tokens_and_the_syntax_tree():
    layer, state = read_choices(SOURCE, "s.py")
    assert (layer.name, layer.line, layer.default, layer.values) == (
        "LAYER",
        2,
        "'SimpleRNN'",
        ("'SimpleRNN'", "'LSTM'", "'GRU'"),
    )
    assert (state.name, state.line, state.default, state.values) == ("RETURN_STATE", 3, "False", ("False", "True"))


def test_every_combination_default_first_each_a_plain_file_that_assigns_its_values():
    choices = read_choices(SOURCE, "s.py")
    every = combinations(choices)
    assert len(every) == 6 and every[0] == {"LAYER": "'SimpleRNN'", "RETURN_STATE": "False"}
    assert len({variant_key(choices, c) for c in every}) == 6
    for chosen in every:
        text = variant_source(SOURCE, chosen, "s.py")
        namespace: dict = {}
        exec(compile(ast.parse(text), "s.py", "exec"), {"print": lambda *a: None}, namespace)
        assert {name: namespace[name] for name in chosen} == {n: ast.literal_eval(v) for n, v in chosen.items()}
        # only the literal changed: the comments, the string that looks like a comment and every other line stay
        assert text.splitlines()[3:] == SOURCE.splitlines()[3:]
        assert [line.split("  #")[1] for line in text.splitlines()[1:3]] == [
            line.split("  #")[1] for line in SOURCE.splitlines()[1:3]
        ]
    assert variant_source(SOURCE, every[0], "s.py") == SOURCE


def test_changed_lines_and_keys():
    choices = read_choices(SOURCE, "s.py")
    text = variant_source(SOURCE, {"LAYER": "'GRU'", "RETURN_STATE": "False"}, "s.py")
    assert changed_lines(SOURCE, text) == [2]
    assert text.splitlines()[1] == "LAYER = 'GRU'  # try: 'SimpleRNN', 'LSTM', 'GRU'"
    assert variant_key(choices, {"LAYER": "'GRU'", "RETURN_STATE": "True"}) == "LAYER=GRU&RETURN_STATE=True"
    assert [token(v) for v in ("'a b'", "None", "-1", "0.5")] == ["a b", "None", "-1", "0.5"]
    assert variant_key(read_choices("A = 'a b'  # try: 'a b', 'c&d'\n"), {"A": "'c&d'"}) == "A=c%26d"


def test_non_ascii_lines_are_replaced_by_their_byte_columns():
    source = "TEXT = '안녕'  # try: '안녕', 'hello'\nprint(TEXT)\n"
    assert variant_source(source, {"TEXT": "'hello'"}) == "TEXT = 'hello'  # try: '안녕', 'hello'\nprint(TEXT)\n"


def test_a_file_without_declarations_has_no_variants(tmp_path):
    assert read_choices("x = 1  # a comment, not a list of values\n") == ()
    path = tmp_path / "plain.py"
    path.write_text("x = 1\nprint(x)\n")
    assert plan_variants(path, tmp_path / "variants", "snippets/plain.py") is None


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("A = [1]  # try: 1, 2\n", "s.py:1: the value of A is not a literal"),
        ("A = 1  # try: 1, x\n", "s.py:1: x is not a literal"),
        ("A = 1  # try: 1, f(2)\n", "s.py:1: f(2) is not a literal"),
        ("A = 1  # try: 2, 3\n", "s.py:1: A = 1 is not among the values to try"),
        ("A = 1  # try: 1\n", "s.py:1: '# try:' lists 1 value(s)"),
        ("A = 1  # try: 1, 1\n", "lists a value twice"),
        ("A = 1  # try: 1, '1'\n", "read alike in a URL"),
        ("A = 1  # try: 1, (\n", "is not a comma-separated list"),
        ("def f():\n    A = 1  # try: 1, 2\n", "s.py:2: '# try:' must end a top-level assignment"),
        ("A, B = 1, 2  # try: 1, 2\n", "s.py:1: '# try:' must end a top-level assignment"),
        ("A = 1  # try: 1, 2\nA = 2  # try: 2, 3\n", "s.py:2: A is declared with '# try:' twice"),
        ("A = (1  # try: 1, 2\n)\n", "s.py:1: '# try:' must end"),
        ("A = 1  # try: 1, 2\nprint(\n", "does not parse"),
        (
            "A = 1  # try: 1, 2, 3, 4, 5\nB = 1  # try: 1, 2, 3, 4, 5\n",
            f"5 x 5 = 25 variants; at most {MAX_COMBINATIONS}",
        ),
    ],
)
def test_bad_declarations_name_the_file_and_line(source, message):
    with pytest.raises(VariantError) as raised:
        read_choices(source, "s.py")
    assert message in str(raised.value)


def test_one_and_true_are_different_values():
    choices = read_choices("A = 1  # try: 1, True\n")
    assert combinations(choices)[1] == {"A": "True"}
    assert variant_source("A = 1  # try: 1, True\n", {"A": "True"}) == "A = True  # try: 1, True\n"


def test_a_name_no_comment_declares_is_refused():
    with pytest.raises(VariantError, match="no '# try:' declares B"):
        variant_source(SOURCE, {"B": "1"}, "s.py")


def test_plan_writes_each_variant_once_with_the_snippets_name(tmp_path):
    snippet = tmp_path / "snippets" / "flags.py"
    snippet.parent.mkdir()
    snippet.write_text(SOURCE)
    plan = plan_variants(snippet, tmp_path / "variants", "snippets/flags.py")
    assert plan is not None and plan.source == SOURCE
    assert plan.variants[0].path == snippet and plan.variants[0].changed == ()
    copies = [v.path for v in plan.variants[1:]]
    assert len(set(copies)) == 5 and all(p.name == "flags.py" and p.is_file() for p in copies)
    for variant in plan.variants[1:]:
        assert variant.path.read_text() == variant_source(SOURCE, dict(variant.chosen))
    times = [p.stat().st_mtime_ns for p in copies]
    again = plan_variants(snippet, tmp_path / "variants", "snippets/flags.py")
    assert again == plan and [p.stat().st_mtime_ns for p in copies] == times, "an unchanged variant is not rewritten"
