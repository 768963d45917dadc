"""rnn_site.offline_download: the zip of the offline bundle and the home page's paragraph about it."""

from __future__ import annotations

import zipfile

from rnn_site.offline_download import TOP_FOLDER, download_markdown, megabytes, zip_site


def test_the_zip_holds_every_file_in_one_folder_and_is_the_same_each_time(tmp_path):
    site = tmp_path / "site"
    (site / "en").mkdir(parents=True)
    (site / "index.html").write_text("<p>홈</p>", encoding="utf-8")
    (site / "en" / "index.html").write_text("<p>home</p>", encoding="utf-8")
    first = zip_site(site, tmp_path / "a.zip")
    second = zip_site(site, tmp_path / "b.zip")
    assert first.read_bytes() == second.read_bytes()  # fixed time stamps and order
    with zipfile.ZipFile(first) as zf:
        assert zf.namelist() == [f"{TOP_FOLDER}/en/index.html", f"{TOP_FOLDER}/index.html"]
        assert zf.read(f"{TOP_FOLDER}/index.html").decode("utf-8") == "<p>홈</p>"


def test_the_link_names_the_real_size_and_how_to_open_it():
    ko = download_markdown("ko", "rnn-basics-offline.zip", 12_345_678)
    assert "(rnn-basics-offline.zip)" in ko and "12.3 MB" in ko and "`index.html`" in ko
    en = download_markdown("en", "../rnn-basics-offline.zip", 999_999)
    assert "(../rnn-basics-offline.zip)" in en and "1.0 MB" in en and f"`{TOP_FOLDER}`" in en


def test_without_a_zip_the_page_says_how_to_build_the_bundle():
    for lang in ("ko", "en"):
        text = download_markdown(lang, None, None)
        assert "OFFLINE=true mkdocs build -d site-offline" in text and "](" not in text


def test_sizes_read_as_file_managers_show_them():
    assert megabytes(15_300_000) == "15.3 MB"
