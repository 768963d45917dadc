"""The offline site as a download: zip the offline bundle, link it from the home page with its size.

The Pages workflow builds the offline bundle (``OFFLINE=true mkdocs build -d site-offline``), zips it
with ``python -m rnn_site.offline_download site-offline rnn-basics-offline.zip`` and then builds the
site with ``OFFLINE_ZIP=rnn-basics-offline.zip``: the ``offline-download`` plugin copies the zip next to
the site and replaces the ``<!-- offline-download -->`` line of the home pages with a link, the zip's
real size and how to open it. Without ``OFFLINE_ZIP`` (a clone's ``mkdocs serve``) the line says how
to build the bundle; in the offline bundle itself it is dropped.
"""

from __future__ import annotations

import logging
import shutil
import sys
import zipfile
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from rnn_site import labels
from rnn_site.markdown_config import page_language

log = logging.getLogger("mkdocs.plugins.rnn_site.offline_download")

MARKER = "<!-- offline-download -->"
TOP_FOLDER = "rnn-basics-offline"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # a fixed time stamp: the same bundle gives the same zip


def zip_site(site: Path, archive: Path, top: str = TOP_FOLDER) -> Path:
    """Zip every file under ``site`` into ``archive``, inside one folder ``top``, in a stable order."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(site).as_posix()}", date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes(), compresslevel=9)
    return archive


def megabytes(size: int) -> str:
    """A file size for readers: ``12.3 MB`` (MB = 10^6 bytes, as file managers show it)."""
    return f"{size / 1e6:.1f} MB"


def download_markdown(lang: str, href: str | None, size: int | None) -> str:
    """The home page's paragraph about the offline site: a link with its size, or how to build it."""
    words = labels.words(labels.OFFLINE_DOWNLOAD, lang)
    if href is None or size is None:
        return words["build"]
    return words["link"].format(href=href, size=megabytes(size), top=TOP_FOLDER)


class _Options(Config):
    enabled = config_options.Type(bool, default=True)
    zip = config_options.Optional(config_options.Type(str))  # usually !ENV OFFLINE_ZIP


class OfflineDownloadPlugin(BasePlugin[_Options]):
    """Links the zipped offline site from the home pages and copies it next to the site."""

    def _archive(self, config: MkDocsConfig) -> Path | None:
        if not self.config.zip:
            return None
        archive = Path(self.config.zip)
        if not archive.is_absolute():
            archive = Path(config.config_file_path).parent / archive
        if not archive.is_file():
            raise FileNotFoundError(f"offline-download: the zip {archive} does not exist (build it first)")
        return archive

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not self.config.enabled or MARKER not in markdown:
            return markdown
        if _offline_build(config):
            return markdown.replace(MARKER, "")  # the bundle itself: nothing to download
        lang = page_language(page.file.src_uri, config.theme.get("language", "en"))
        archive = self._archive(config)
        href = size = None
        if archive is not None:
            depth = page.url.count("/")  # "" for /, "en/" for /en/: the zip sits at the site's root
            href = "../" * depth + archive.name
            size = archive.stat().st_size
        return markdown.replace(MARKER, download_markdown(lang, href, size))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or _offline_build(config):
            return
        archive = self._archive(config)
        if archive is not None:
            shutil.copyfile(archive, Path(config.site_dir) / archive.name)


def _offline_build(config: MkDocsConfig) -> bool:
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(offline and offline.config.get("enabled"))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m rnn_site.offline_download SITE_DIR ARCHIVE.zip", file=sys.stderr)
        return 2
    site, archive = Path(argv[0]), Path(argv[1])
    if not (site / "index.html").is_file():
        print(f"{site} holds no built site (no index.html)", file=sys.stderr)
        return 1
    zip_site(site, archive)
    print(f"{archive}: {megabytes(archive.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
