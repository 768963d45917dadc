"""A page that exists in one language only is reported."""

from rnn_site.execution.site_embeds import missing_translations


def test_pages_with_both_languages_pass():
    assert missing_translations(["index.ko.md", "index.en.md", "a/b.ko.md", "a/b.en.md"], ["ko", "en"]) == []


def test_a_lonely_page_is_named_with_its_missing_twin():
    assert missing_translations(["index.ko.md", "index.en.md", "new.ko.md"], ["ko", "en"]) == [
        "docs/new.ko.md has no en twin: add docs/new.en.md"
    ]
