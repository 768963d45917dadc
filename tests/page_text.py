"""What a reader reads on a page, as the site's own Markdown parser sees it (no build, no hand scanning).

A page is converted with the site's block syntax (``PAGE_EXTENSIONS``), tables,
the embed reader (an embed leaves nothing behind) and the math reader; the
prose is the text of the result without code blocks, inline code and math.
So an embed in an admonition, a fence with a longer opener or a ``$`` inside
code is read exactly as MkDocs reads it.
"""

from __future__ import annotations

from functools import cache

import markdown
from bs4 import BeautifulSoup

from rnn_site.execution.embeds import PAGE_EXTENSIONS, SnippetEmbeds
from rnn_site.markdown_config import split_front_matter
from rnn_site.mathml.extension import MathExtension
from tests.conftest import DOCS

_NOT_PROSE = ("pre", "code", "math", "script", "style")


@cache
def page_soup(page: str, lang: str) -> BeautifulSoup:
    """``docs/<page>.<lang>.md`` converted to HTML (embeds and math read, snippets not run)."""
    text, _ = split_front_matter((DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8"))
    readers = [SnippetEmbeds(), MathExtension(collect=True)]
    html = markdown.Markdown(extensions=[*PAGE_EXTENSIONS, "tables", *readers]).convert(text)
    return BeautifulSoup(html, "html.parser")


def page_prose(page: str, lang: str) -> str:
    """The page's words as a reader reads them as text: without code, inline code, embeds and math."""
    soup = BeautifulSoup(str(page_soup(page, lang)), "html.parser")  # a copy: the cached tree stays whole
    for tag in soup.find_all(_NOT_PROSE):
        tag.decompose()
    return soup.get_text()


def page_tables(page: str, lang: str) -> list[list[list[str]]]:
    """Every table of the page: its body rows, each a list of cell texts."""
    return [
        [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.find("tbody").find_all("tr")]
        for table in page_soup(page, lang).find_all("table")
    ]
