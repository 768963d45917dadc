"""Finding and resolving ``{{ run("...") }}`` embeds."""

from pathlib import Path

import pytest

from rnn_site.execution.embeds import Embed, EmbedError, find_embeds, replace_embeds, resolve_snippet

PAGE = """# Title

{{ run("one.py") }}

```markdown
{{ run("inside_a_fence.py") }}
```

  {{run( "two.py" )}}
"""


def test_finds_embeds_in_order_with_lines_and_skips_fences():
    assert find_embeds(PAGE) == [Embed("one.py", 3), Embed("two.py", 9)]


def test_longer_fences_only_close_on_their_own_length():
    text = '````\n```\n{{ run("no.py") }}\n```\n````\n{{ run("yes.py") }}\n'
    assert find_embeds(text) == [Embed("yes.py", 6)]


@pytest.mark.parametrize("line", ["{{ run('single_quotes.py') }}", '{{ run("x.py" }}', "{{ run x.py }}"])
def test_malformed_embed_is_an_error_naming_page_and_line(line):
    with pytest.raises(EmbedError, match=r"docs/p\.ko\.md:2: malformed embed"):
        find_embeds(f"text\n{line}\n", page="docs/p.ko.md")


def test_replace_embeds_keeps_other_lines():
    out = replace_embeds(PAGE, lambda e: f"<{e.name}>")
    assert out.splitlines()[2] == "<one.py>"
    assert out.splitlines()[8] == "<two.py>"
    assert '{{ run("inside_a_fence.py") }}' in out


@pytest.fixture
def snippets(tmp_path) -> Path:
    folder = tmp_path / "snippets"
    folder.mkdir()
    (folder / "one_cell_rnn.py").write_text("print(1)\n")
    (tmp_path / "secret.py").write_text("print('outside')\n")
    return folder


def test_resolves_a_snippet_inside_the_folder(snippets):
    assert resolve_snippet(snippets, "one_cell_rnn.py", "p:1") == (snippets / "one_cell_rnn.py").resolve()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("one_cell_rnnn.py", r"p\.md:4: snippet snippets/one_cell_rnnn\.py does not exist \(did you mean one_cell_rnn\.py\?\)"),
        ("../secret.py", r"p\.md:4: snippet '\.\./secret\.py' must be a path inside snippets/"),
        ("/etc/passwd.py", r"p\.md:4: snippet '/etc/passwd\.py' must be a path inside snippets/"),
        ("notes.txt", r"p\.md:4: snippet 'notes\.txt' must be a \.py file"),
    ],
)
def test_bad_names_are_errors_naming_the_embed(snippets, name, message):
    with pytest.raises(EmbedError, match=message):
        resolve_snippet(snippets, name, "p.md:4")


def test_symlink_out_of_the_folder_is_refused(snippets):
    (snippets / "link.py").symlink_to(snippets.parent / "secret.py")
    with pytest.raises(EmbedError, match="leaves snippets/"):
        resolve_snippet(snippets, "link.py", "p.md:1")
