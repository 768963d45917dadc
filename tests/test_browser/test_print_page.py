"""The print page printed to PDF by Chromium, as a reader's "Save as PDF" does: every lesson is in it."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from tests.conftest import LANGUAGES, page_path
from tests.site_html import soup
from tests.test_site.test_print_page import nav_pages


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)  # PDF text puts spaces and breaks where the layout did


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_print_page_prints_to_a_pdf_with_every_lesson(tab, served, built_site, lang):
    tab.page.goto(served + ("" if lang == LANGUAGES[0] else f"{lang}/") + "print/")
    tab.page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(tab.page.pdf(format="A4", print_background=True)))
    tab.page.emulate_media(media="screen")
    text = _squeezed("".join(page.extract_text() or "" for page in pdf.pages))
    titles = [
        soup(page_path(built_site.site, name, lang)).select_one("article h1").get_text().rstrip("¶")
        for name in nav_pages()
    ]
    missing = [title for title in titles if _squeezed(title) not in text]
    assert not missing, f"lesson titles missing from the PDF: {missing}"
    # a contents page, then each lesson on new sheets: well over one sheet per page of the course
    assert len(pdf.pages) > 2 * len(titles), len(pdf.pages)
