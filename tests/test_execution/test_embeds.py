"""Finding and resolving ``{{ run("...") }}`` embeds."""

import re
from pathlib import Path

import markdown
import pytest

from rnn_site.execution.embeds import PAGE_EXTENSIONS, Embed, EmbedError, SnippetEmbeds, find_embeds, resolve_snippet

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
    with pytest.raises(EmbedError, match=r"docs/p\.ko\.md:3: malformed embed"):
        find_embeds(f"text\n\n{line}\n", page="docs/p.ko.md")
    with pytest.raises(EmbedError, match=r"docs/p\.ko\.md:4: malformed embed"):  # inside a block too
        find_embeds(f"text\n\n!!! note\n    {line}\n", page="docs/p.ko.md")


BLOCKS = """# Blocks

!!! note "A note"
    Text.

    {{ run("in_note.py") }}

??? success "풀이"
    {{ run("in_details.py") }}

=== "Tab"

    {{ run("in_tab.py") }}

- A list item.

    {{ run("in_list.py") }}

<!--
{{ run("in_comment.py") }}
-->

<div markdown>
{{ run("in_div.py") }}
</div>

    {{ run("indented_code.py") }}
"""


def test_embeds_are_found_inside_blocks_with_their_source_lines_and_not_in_comments_or_code():
    assert find_embeds(BLOCKS) == [
        Embed("in_note.py", 6),
        Embed("in_details.py", 9),
        Embed("in_tab.py", 13),
        Embed("in_list.py", 17),
        Embed("in_div.py", 24),
    ]


def test_rendered_embeds_land_inside_their_blocks_and_leave_no_marker():
    reader = SnippetEmbeds(render=lambda e: f'```python title="snippets/{e.name}"\nprint("{e.name}")\n```\n')
    reader.begin("p")
    html = markdown.Markdown(extensions=[*PAGE_EXTENSIONS, reader]).convert(BLOCKS)
    for block, name in [("admonition note", "in_note"), ("details", "in_details"), ("tabbed-content", "in_tab")]:
        start = html.index(f'class="{block}') if block != "details" else html.index("<details")
        end = html.index("</div>\n</div>", start) if block == "tabbed-content" else html.index("</d", start + 10)
        assert f"snippets/{name}.py" in html[start:end], block
    assert "snippets/in_list.py" in html[html.index("<li>") : html.index("</li>")]
    assert '{{ run("in_comment.py") }}' in html and "snippets/in_comment.py" not in html
    assert '{{ run("indented_code.py") }}' in html and "snippets/indented_code.py" not in html
    assert not re.search("[\ue000-\uf8ff]", html), "a line marker leaked into the page"


def test_an_embed_in_a_python_fence_stays_code_without_markers():
    html = markdown.Markdown(extensions=[*PAGE_EXTENSIONS, SnippetEmbeds()]).convert(
        '```python\n{{ run("x.py") }}\n```\n'
    )
    assert not re.search("[\ue000-\uf8ff]", html) and "x.py" in html


def test_stashed_code_and_html_blocks_do_not_shift_embed_lines():
    text = 'A\n\n```\none\ntwo\nthree\n```\n\n<p>\nraw\n</p>\n\n{{ run("late.py") }}\n'
    assert find_embeds(text) == [Embed("late.py", 13)]


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
        (
            "one_cell_rnnn.py",
            r"p\.md:4: snippet snippets/one_cell_rnnn\.py does not exist \(did you mean one_cell_rnn\.py\?\)",
        ),
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


def test_lines_count_the_front_matter_mkdocs_removes():
    from rnn_site.markdown_config import split_front_matter

    source = '---\ntitle: x\nhide: [toc]\n---\n\n# T\n\n{{ run("a.py") }}\n'
    text, offset = split_front_matter(source)
    assert text.startswith("# T") and offset == 5
    reader = SnippetEmbeds()
    reader.begin("p", offset)
    markdown.Markdown(extensions=[*PAGE_EXTENSIONS, reader]).convert(text)
    assert reader.found == [Embed("a.py", 8)] and source.splitlines()[7] == '{{ run("a.py") }}'
