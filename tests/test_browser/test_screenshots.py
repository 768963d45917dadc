"""Screenshots of a lesson page in both languages, light and dark, kept as test artifacts.

Written to test-artifacts/screenshots/ (git-ignored; CI keeps the folder). The test checks what can be
checked without eyes: the page is in the right language and colour scheme, and its Korean text is drawn
with a font that has Hangul (fonts-noto-cjk), not as empty boxes.
"""

from __future__ import annotations

import pytest

from tests.conftest import LANGUAGES
from tests.test_browser.conftest import SCREENSHOTS, open_tab
from tests.test_browser.test_pages import url_of

# Two different Hangul syllables drawn with the page's font look the same only if both are the
# "missing glyph" box (no font with Hangul installed).
HANGUL_HAS_GLYPHS = """() => {
  const font = getComputedStyle(document.querySelector("article")).font;
  const draw = text => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 64;
    const context = canvas.getContext("2d");
    context.font = font.replace(/\\d+(\\.\\d+)?px/, "48px");
    context.fillText(text, 4, 52);
    return Array.from(context.getImageData(0, 0, 64, 64).data).join(",");
  };
  const blank = draw("");
  return draw("은") !== draw("닉") && draw("은") !== blank;
}"""
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's palette scheme


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_lesson_screenshot(browser, served, lang, scheme):
    tab = open_tab(browser, served.rstrip("/"), color_scheme=scheme, viewport={"width": 1300, "height": 1000})
    try:
        tab.page.goto(url_of(served, "rnn-basics", lang), wait_until="networkidle")
        assert tab.page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme]
        assert tab.page.locator("html").get_attribute("lang") == lang
        assert tab.page.evaluate(HANGUL_HAS_GLYPHS), "Hangul is drawn as empty boxes: install fonts-noto-cjk"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"rnn-basics.{lang}.{scheme}.png"
        tab.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        tab.assert_clean()
    finally:
        tab.page.context.close()
