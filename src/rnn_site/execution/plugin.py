"""MkDocs plugin: embed executed snippets in pages.

Kept thin: it finds embeds, asks the cache or the runner for results, and
hands them to the renderer. All snippets of the site (every language) are
run up front in ``on_files``, in parallel, before any page is written, so a
failure stops the build with nothing half-published, and the second
language's build (mkdocs-static-i18n runs one build per language) finds
every result already in memory. ``on_startup`` makes MkDocs keep the plugin
instance across ``mkdocs serve`` rebuilds, so that memory (and the fork
server, ``executor``) survives them too; the server stops when MkDocs exits
(``on_shutdown``, or ``atexit`` on any other way out).

Pages and notebooks render each snippet from its record (the source that
ran), never from a second read of the file.
"""

from __future__ import annotations

import atexit
import os
import re
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger

from rnn_site.notebooks import files as notebook_files
from .batch import collect_results, likely_to_run
from .cache import ResultCache, key_context
from .embeds import EmbedError, find_embeds, replace_embeds, resolve_snippet
from .executor import DEFAULT_PRELOAD, Executor, resolve_isolation
from .forkclient import ForkServerError
from .render import render_embed
from .runner import RunResult, SnippetFailed, SnippetsFailed

log = get_plugin_logger("snippet-exec")
_LANG_SUFFIX = re.compile(r"\.(?P<lang>[a-z]{2})\.md$")


def _off(variable: str) -> bool:
    return os.environ.get(variable, "").strip().lower() in {"0", "off", "false", "no"}


def missing_translations(pages: list[str], languages: list[str]) -> list[str]:
    """One message per ``docs/<page>.<lang>.md`` that lacks a twin in another language."""
    by_page: dict[str, set[str]] = {}
    for uri in pages:
        match = _LANG_SUFFIX.search(uri)
        if match:
            by_page.setdefault(uri[: match.start()], set()).add(match["lang"])
    return [
        f"docs/{page}.{have}.md has no {lang} twin: add docs/{page}.{lang}.md"
        for page, langs in sorted(by_page.items())
        for lang in languages
        if lang not in langs
        for have in sorted(langs)[:1]
    ]


class SnippetExecConfig(Config):
    snippets_dir = opt.Type(str, default="snippets")
    cache_dir = opt.Type(str, default=".cache/snippet-exec")
    timeout = opt.Type((int, float), default=120)
    jobs = opt.Type(int, default=0)  # 0: one per CPU core
    execute = opt.Type(bool, default=True)
    cache = opt.Type(bool, default=True)
    languages = opt.ListOfItems(opt.Type(str), default=[])  # every page must exist in each of these
    notebooks = opt.Type(bool, default=True)  # a notebook per lesson page, rendered by mkdocs-jupyter
    notebooks_dir = opt.Type(str, default=".cache/snippet-exec-notebooks")
    isolation = opt.Choice(("fork", "spawn"), default="fork")  # SNIPPET_EXEC_ISOLATION overrides it
    preload = opt.ListOfItems(opt.Type(str), default=list(DEFAULT_PRELOAD))  # what the fork server imports once
    cache_max_mb = opt.Type((int, float), default=100)  # past this, a build prunes entries it did not use


@dataclass(frozen=True)
class _Use:
    """One embed of one snippet on one page, for error messages."""

    page: str
    line: int


class SnippetExecPlugin(BasePlugin[SnippetExecConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._results: dict[str, RunResult] = {}  # by cache key: kept across language builds and serve rebuilds
        self._shown: dict[Path, RunResult] = {}  # this build's result of each snippet
        self._notebooks = notebook_files.Notebooks()
        self._executor = Executor(log)  # runs snippets; its fork server lives across serve rebuilds
        atexit.register(self._executor.close)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so MkDocs keeps this instance (and its results) across ``mkdocs serve`` rebuilds."""

    def load_config(self, options, config_file_path=None):
        errors, warnings = super().load_config(options, config_file_path)
        if not errors and config_file_path:
            self._warm_up(Path(config_file_path).resolve().parent)
        return errors, warnings

    def _warm_up(self, root: Path) -> None:
        """Start the fork server while MkDocs loads the other plugins, if snippets of the last build must run."""
        try:
            isolation = resolve_isolation(self.config.isolation)
        except ValueError:
            return  # on_config reports it
        if not self.config.execute or _off("SNIPPET_EXEC") or isolation != "fork":
            return
        context = key_context()
        cache = self._cache_at(root)
        guess = likely_to_run(  # docs/: MkDocs' docs_dir is not known yet; another folder means no early start
            root, root / self.config.snippets_dir, cache=cache, memory=self._results, context=context, docs_dir=root / "docs"
        )
        if guess:
            self._configure_executor(isolation, root, context)
            self._executor.prepare(guess, start=True)

    def _cache_at(self, root: Path) -> ResultCache | None:
        cache_dir = Path(os.environ.get("SNIPPET_EXEC_CACHE_DIR") or root / self.config.cache_dir)
        return ResultCache(cache_dir) if self.config.cache and not _off("SNIPPET_EXEC_CACHE") else None

    def _configure_executor(self, isolation: str, root: Path, context: dict[str, str]) -> None:
        self._executor.configure(isolation=isolation, preload=self.config.preload, timeout=self.config.timeout, cwd=root, fingerprint=context)

    def on_config(self, config):
        root = Path(config.config_file_path).resolve().parent
        self.root = root
        self.snippets_dir = root / self.config.snippets_dir
        self.execute = self.config.execute and not _off("SNIPPET_EXEC")
        self.cache = self._cache_at(root)
        self._notebooks.configure(root / self.config.notebooks_dir, enabled=self.config.notebooks, executed=self.execute)
        try:
            self.isolation = resolve_isolation(self.config.isolation)
        except ValueError as exc:
            raise PluginError(str(exc)) from None
        return config

    def on_shutdown(self) -> None:
        self._executor.close()

    @event_priority(0)
    def _run_snippets(self, files, config):
        uses: dict[Path, list[_Use]] = {}
        problems: list[str] = []  # every bad embed of the site at once, not just the first
        for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
            page = f"docs/{file.src_uri}"
            try:
                for embed in find_embeds(Path(file.abs_src_path).read_text(encoding="utf-8"), page=page):
                    try:
                        path = resolve_snippet(self.snippets_dir, embed.name, f"{page}:{embed.line}")
                    except EmbedError as exc:
                        problems.append(str(exc))
                        continue
                    uses.setdefault(path, []).append(_Use(page, embed.line))
            except EmbedError as exc:
                problems.append(str(exc))
        problems += missing_translations([f.src_uri for f in files.documentation_pages()], self.config.languages)
        if problems:
            raise PluginError("\n".join(problems))
        if self.execute:
            self._run_all(uses)
        self._notebooks.write(files, config, self._run_for)
        return files

    @event_priority(-110)  # after mkdocs-static-i18n (-100) has picked this language's pages
    def _add_notebooks(self, files, config):
        return self._notebooks.add_pages(files, config)

    on_files = CombinedEvent(_run_snippets, _add_notebooks)

    def _record(self, page: str, embed) -> tuple[str, RunResult | None]:
        """An embed's source and result: this build's record of the snippet (the file itself if not executing)."""
        where = f"{page}:{embed.line}"
        path = resolve_snippet(self.snippets_dir, embed.name, where)
        if not self.execute:
            return path.read_text(encoding="utf-8"), None
        record = self._shown.get(path)
        if record is None:  # e.g. the page was saved with a new embed after this build collected its snippets
            raise PluginError(f"{where}: no run of snippets/{embed.name} in this build; build again")
        return record.source, record

    def _run_for(self, page: str, embed) -> notebook_files.SnippetRun:
        """An embed's source and the result its page shows (from this build's records)."""
        source, result = self._record(page, embed)
        return notebook_files.SnippetRun(embed.name, source, result)

    def _run_all(self, uses: dict[Path, list[_Use]]) -> None:
        context = key_context()
        executor = self._executor
        self._configure_executor(self.isolation, self.root, context)
        executor.begin()
        try:
            self._shown = collect_results(
                uses, self.root, memory=self._results, cache=self.cache, run=executor.run, cancel=executor.cancel, prepare=executor.prepare,
                jobs=self.config.jobs, log=log, context=context,
            )
        except SnippetsFailed as exc:
            messages = [self._failure_message(failure, uses.get(failure.snippet, [])) for failure in exc.failures]
            raise PluginError(f"{len(messages)} snippet(s) failed:\n" + "\n\n".join(messages)) from None
        except ForkServerError as exc:
            raise PluginError(f"{exc}\n(set SNIPPET_EXEC_ISOLATION=spawn to run each snippet in a fresh interpreter)") from None
        if self.cache is not None:
            self._keep_small(self.cache)

    def _keep_small(self, cache: ResultCache) -> None:
        """Record this build's keys and snippets; past ``cache_max_mb``, delete every entry it did not use."""
        used, snippets = {record.key for record in self._shown.values()}, [self._rel(path) for path in self._shown]
        try:
            removed, freed = cache.record_and_trim(used, self.config.cache_max_mb * 1e6, snippets)
        except OSError as exc:
            log.warning("could not record or prune the snippet cache: %s", exc)
            return
        if removed:
            log.info("cache over %s MB: pruned %d entries this build did not use (%.1f MB)", self.config.cache_max_mb, removed, freed / 1e6)

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def _failure_message(self, exc: SnippetFailed, uses: list[_Use]) -> str:
        where = f"{self._rel(exc.snippet)}:{exc.line}" if exc.line else self._rel(exc.snippet)
        pages = ", ".join(f"{use.page}:{use.line}" for use in uses)
        tail = "\n".join(exc.output.rstrip().splitlines()[-10:])
        printed = f"\nlast output:\n{tail}" if tail else ""
        return f"snippet {where} failed: {exc.reason.rstrip()}\nembedded at {pages}{printed}"

    def on_page_read_source(self, page, config):
        # A notebook page has no Markdown: mkdocs-jupyter renders the .ipynb itself. Other plugins'
        # on_page_markdown (math, i18n) then see nothing instead of the notebook's JSON.
        return "" if self._notebooks.is_notebook(page.file) else None

    def on_page_markdown(self, markdown, page, config, files):
        if self._notebooks.is_notebook(page.file):
            return markdown
        match = _LANG_SUFFIX.search(page.file.src_uri)
        lang = match["lang"] if match else config.theme.get("language", "en")

        def render(embed):
            source, result = self._record(f"docs/{page.file.src_uri}", embed)
            return render_embed(embed.name, source, result, lang)

        return self._notebooks.link_lesson(replace_embeds(markdown, render), page, lang)

    def on_page_content(self, html, page, config, files):
        return self._notebooks.finish_page(html, page, config)

    @event_priority(10)  # before mkdocs-jupyter's own on_post_build evicts its cache
    def on_post_build(self, config):
        self._notebooks.keep_rendered(config)

    def on_serve(self, server, config, builder):
        server.watch(str(self.snippets_dir))  # a snippet edit reloads the page; the cache reruns only it
        return server
