"""MkDocs plugin: embed executed snippets in pages.

Kept thin: it reads each page's embeds with the page's own Markdown parser
(``embeds.SnippetEmbeds``, a Python-Markdown extension this plugin adds, so
an embed renders inside its admonition, tab or list), asks the cache or the
runner for results, and keeps them in a read-only record (``page_embeds``)
that the renderer and the notebooks plugin read. All snippets of the site (every language) are
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
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config, ConfigErrors, ConfigWarnings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from rnn_site.markdown_config import configured_extensions, page_language, split_front_matter

from .batch import collect_results, likely_to_run
from .cache import ResultCache, key_context, library_versions
from .dependencies import data_files, local_imports
from .embeds import Embed, PageEmbed, ShownVariant, SnippetEmbeds, embedded_in, resolve_snippet
from .executor import DEFAULT_PRELOAD, Executor, resolve_isolation
from .forkclient import ForkServerError
from .hints import add_page_hints
from .render import render_embed, render_failure, render_variants
from .runner import RunResult, SnippetFailed, SnippetsFailed
from .shapes import LineShapes
from .site_embeds import Use, failure_message, read_site_embeds
from .stamp import Stamp, insert_stamp, make_stamp
from .variants import SnippetVariants, VariantError, plan_variants

log = get_plugin_logger("snippet-exec")


def _off(variable: str) -> bool:
    return os.environ.get(variable, "").strip().lower() in {"0", "off", "false", "no"}


class SnippetExecConfig(Config):
    snippets_dir = opt.Type(str, default="snippets")
    cache_dir = opt.Type(str, default=".cache/snippet-exec")
    timeout = opt.Type((int, float), default=120)
    memory_limit_mb = opt.Type((int, float), default=2048)  # data memory of one snippet's process (0: no limit)
    jobs = opt.Type(int, default=0)  # 0: one per CPU core
    execute = opt.Type(bool, default=True)
    cache = opt.Type(bool, default=True)
    languages = opt.ListOfItems(opt.Type(str), default=[])  # every page must exist in each of these
    max_output_lines = opt.Type(int, default=200)  # longer output is cut on the page (0: never); notebooks keep it all
    isolation = opt.Choice(("fork", "spawn"), default="fork")  # SNIPPET_EXEC_ISOLATION overrides it
    preload = opt.ListOfItems(opt.Type(str), default=list(DEFAULT_PRELOAD))  # what the fork server imports once
    cache_max_mb = opt.Type((int, float), default=100)  # past this, a build prunes entries it did not use
    variants = opt.Type(bool, default=True)  # run each '# try:' variant (SNIPPET_EXEC_VARIANTS=off: the files only)


class SnippetExecPlugin(BasePlugin[SnippetExecConfig]):
    """Runs every embedded snippet before any page is written and renders each embed where it stands."""

    def __init__(self) -> None:
        super().__init__()
        self._results: dict[str, RunResult] = {}  # by cache key: kept across language builds and serve rebuilds
        self._shown: dict[Path, RunResult] = {}  # this build's result of each snippet
        self._page_embeds: dict[str, tuple[PageEmbed, ...]] = {}  # this build's embeds, by page src_uri
        self._reader = SnippetEmbeds(render=self._render)
        self._lang = "en"
        self._shown_on_page: dict[tuple[str, int], PageEmbed] = {}
        self._rendered = 0  # embeds rendered on the current page
        self._stamps: dict[str, tuple[Stamp | None, str]] = {}  # by page src_uri: "executed with" line, language
        self._serving = False  # under `mkdocs serve` a failing snippet shows its error on its page instead
        self._failed: dict[Path, SnippetFailed] = {}  # this build's failures (serving only)
        self._variants: dict[Path, SnippetVariants] = {}  # snippets with '# try:' values, and their variants
        self._variant_names: dict[Path, str] = {}  # a variant's copy -> "snippets/x.py\0LAYER=LSTM" (messages)
        self._bad_variants: dict[Path, SnippetFailed] = {}  # serving: snippets whose '# try:' cannot be honoured
        self._plans: dict[tuple[Path, bytes], SnippetVariants | None] = {}  # by snippet and bytes: each language build
        self._executor = Executor(log)  # runs snippets; its fork server lives across serve rebuilds
        atexit.register(self._executor.close)

    @property
    def page_embeds(self) -> Mapping[str, tuple[PageEmbed, ...]]:
        """This build's embeds by page ``src_uri`` (every language), in page order: name, line, source, result.

        Public and read-only: the notebooks plugin builds its notebooks from it. Filled
        by ``on_files`` (priority 0); ``source`` is the exact text that ran; ``result`` is
        None when execution is off.
        """
        return MappingProxyType(self._page_embeds)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Note whether MkDocs serves; defined also so MkDocs keeps this instance (and its results) across rebuilds."""
        self._serving = command == "serve"

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[ConfigErrors, ConfigWarnings]:
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
        context = self._key_context()
        cache = self._cache_at(root)
        guess = likely_to_run(  # docs/: MkDocs' docs_dir is not known yet; another folder means no early start
            root,
            root / self.config.snippets_dir,
            cache=cache,
            memory=self._results,
            context=context,
            embedded=lambda: embedded_in(root / "docs", root / self.config.snippets_dir),
        )
        if guess:
            self._configure_executor(isolation, root, context)
            self._executor.prepare(guess, start=True)

    def _cache_at(self, root: Path) -> ResultCache | None:
        cache_dir = Path(os.environ.get("SNIPPET_EXEC_CACHE_DIR") or root / self.config.cache_dir)
        return ResultCache(cache_dir) if self.config.cache and not _off("SNIPPET_EXEC_CACHE") else None

    def _configure_executor(self, isolation: str, root: Path, context: dict[str, str]) -> None:
        self._executor.configure(
            isolation=isolation,
            preload=self.config.preload,
            timeout=self.config.timeout,
            cwd=root,
            fingerprint=context,
            memory_limit_mb=self.config.memory_limit_mb,
        )

    def _key_context(self) -> dict[str, str]:
        """What every cache key covers besides files; a run that passed under one memory limit may not under another."""
        return {**key_context(), "memory_limit_mb": f"{self.config.memory_limit_mb:g}"}

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        root = Path(config.config_file_path).resolve().parent
        self.root = root
        self.snippets_dir = root / self.config.snippets_dir
        self.execute = self.config.execute and not _off("SNIPPET_EXEC")
        self.cache = self._cache_at(root)
        try:
            self.isolation = resolve_isolation(self.config.isolation)
        except ValueError as exc:
            raise PluginError(str(exc)) from None
        # The embed is rendered by the page's own parser, so it lands inside its admonition, tab or list.
        self._reader.extensions, self._reader.configs = configured_extensions(config)
        config.markdown_extensions[:] = [e for e in config.markdown_extensions if not isinstance(e, SnippetEmbeds)]
        config.markdown_extensions.append(self._reader)
        return config

    def on_shutdown(self) -> None:
        self._executor.close()

    @event_priority(0)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Read every page's embeds (all languages) and run every snippet, before any page is written."""
        site = read_site_embeds(files.documentation_pages(), config, self.snippets_dir, self.config.languages)
        if site.problems:
            raise PluginError("\n".join(site.problems))
        uses = dict(site.uses)
        if self.execute and self.config.variants and not _off("SNIPPET_EXEC_VARIANTS"):
            self._plan_variants(site.uses)
        else:
            self._variants, self._variant_names, self._bad_variants = {}, {}, {}
        if self.execute:
            for path, plan in self._variants.items():
                uses.update({variant.path: site.uses[path] for variant in plan.variants})
            self._run_all(uses)
            self._failed.update(self._bad_variants)  # serving: the page shows what is wrong with the declaration
            self._check_variants()
        self._page_embeds = {
            uri: tuple(self._page_embed(embed, path, f"docs/{uri}:{embed.line}") for embed, path in embeds)
            for uri, embeds in site.by_page.items()
        }
        return files

    def _plan_variants(self, uses: dict[Path, list[Use]]) -> None:
        """Read every snippet's ``# try:`` values and write its variants; every bad declaration fails the build."""
        folder = self.root / ".cache" / "snippet-variants"
        self._variants, self._variant_names, self._bad_variants, problems = {}, {}, {}, []
        for path in sorted(uses):
            where = ", ".join(f"{use.page}:{use.line}" for use in uses[path])
            try:
                plan = self._plan(path, folder)
            except (VariantError, OSError) as exc:
                problems.append(f"{exc}\nembedded at {where}")
                line = exc.line if isinstance(exc, VariantError) else None
                self._bad_variants[path] = SnippetFailed(path, str(exc), line)
                continue
            if plan is None:
                continue
            if local_imports(path, self.root) or data_files(path, [path.read_bytes()]):
                reason = (
                    f"{self._rel(path)}: a snippet with '# try:' variants must not import repository files or read"
                    " data files (its variants run from a copy)"
                )
                problems.append(f"{reason}\nembedded at {where}")
                self._bad_variants[path] = SnippetFailed(path, reason, None)
                continue
            self._variants[path] = plan
            self._variant_names.update({v.path: f"{self._rel(path)}\0{v.key}" for v in plan.variants if v.path != path})
        if problems and self._serving:  # as a failing snippet: its page shows the error, the other pages build
            log.error("%d snippet(s) declare variants that cannot run:\n%s", len(problems), "\n\n".join(problems))
        elif problems:
            raise PluginError(f"{len(problems)} snippet(s) declare variants that cannot run:\n" + "\n\n".join(problems))

    def _plan(self, path: Path, folder: Path) -> SnippetVariants | None:
        """``plan_variants`` once per snippet text (the second language's build, a serve rebuild reuse it)."""
        key = (path, path.read_bytes())
        plan = self._plans.get(key)
        if plan is None or not all(v.path.is_file() for v in plan.variants):
            plan = self._plans[key] = plan_variants(path, folder, self._rel(path))
        return plan

    def _check_variants(self) -> None:
        """The variants and the default ran from one text of the snippet (else it was saved during the build)."""
        for path, plan in self._variants.items():
            record = self._shown.get(path)
            if record is not None and record.source != plan.source:
                raise PluginError(f"{self._rel(path)} changed while the build ran its variants; build again")

    def _page_embed(self, embed: Embed, path: Path, where: str) -> PageEmbed:
        """One embed of a page as this build shows it, with every variant of its snippet."""
        source, result, failure = self._record(path, where)
        plan = self._variants.get(path)
        if plan is None:
            return PageEmbed(embed.name, embed.line, source, result, failure)
        shown = tuple(ShownVariant(v.key, v.chosen, v.changed, *self._record(v.path, where)) for v in plan.variants)
        return PageEmbed(embed.name, embed.line, source, result, failure, plan.choices, shown)

    def _record(self, path: Path, where: str) -> tuple[str, RunResult | None, SnippetFailed | None]:
        """A snippet's source, result and failure: this build's record of it (the file itself if not executing)."""
        if not self.execute:
            return path.read_text(encoding="utf-8"), None, None
        failure = self._failed.get(path)
        if failure is not None:
            return failure.source or path.read_text(encoding="utf-8", errors="surrogateescape"), None, failure
        record = self._shown.get(path)
        if record is None:  # e.g. the page was saved with a new embed after this build collected its snippets
            raise PluginError(f"{where}: no run of snippets/{path.name} in this build; build again")
        return record.source, record, None

    def _run_all(self, uses: dict[Path, list[Use]]) -> None:
        context = self._key_context()
        executor = self._executor
        self._configure_executor(self.isolation, self.root, context)
        executor.begin()
        self._failed = {}
        try:
            self._shown = collect_results(
                uses,
                self.root,
                memory=self._results,
                cache=self.cache,
                run=executor.run,
                cancel=executor.cancel,
                prepare=executor.prepare,
                jobs=self.config.jobs,
                log=log,
                context=context,
                keep_going=self._serving,
                label=self._label,
            )
        except SnippetsFailed as exc:
            messages = [
                failure_message(
                    failure, uses.get(failure.snippet, []), self.root, self._variant_names.get(failure.snippet, "")
                )
                for failure in exc.failures
            ]
            if not self._serving:
                raise PluginError(f"{len(messages)} snippet(s) failed:\n" + "\n\n".join(messages)) from None
            # Serving: the pages show each error in place of the output; `mkdocs build` still fails on it.
            log.error("%d snippet(s) failed; their pages show the error:\n%s", len(messages), "\n\n".join(messages))
            self._shown, self._failed = exc.results, {failure.snippet: failure for failure in exc.failures}
            return
        except ForkServerError as exc:
            raise PluginError(
                f"{exc}\n(set SNIPPET_EXEC_ISOLATION=spawn to run each snippet in a fresh interpreter)"
            ) from None
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
            log.info(
                "cache over %s MB: pruned %d entries this build did not use (%.1f MB)",
                self.config.cache_max_mb,
                removed,
                freed / 1e6,
            )

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Point the embed reader at this page: the Markdown itself is left as written."""
        self._lang = page_language(page.file.src_uri, config.theme.get("language", "en"))
        self._reader.begin(f"docs/{page.file.src_uri}", split_front_matter(page.file.content_string)[1])
        self._rendered = 0
        embeds = self._page_embeds.get(page.file.src_uri, ())
        self._shown_on_page = {(e.name, e.line): e for e in embeds}
        if embeds:  # the "executed with" line (stamp.py), put under the title in on_page_content
            self._stamps[page.file.src_uri] = (make_stamp(library_versions(), [e.result for e in embeds]), self._lang)
        return markdown

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The "executed with" line under the title, and each code line's shapes (hints.py)."""
        html = insert_stamp(html, *self._stamps.pop(page.file.src_uri, (None, "")))
        embeds = {e.name: e for e in self._page_embeds.get(page.file.src_uri, ())}
        if not self.execute or not embeds:
            return html

        def lookup(name: str, variant: str) -> tuple[str, tuple[LineShapes, ...]] | None:
            embed = embeds.get(name)
            if embed is None:
                return None
            shown = next((v for v in embed.variants if v.key == variant), None) if variant else embed
            return (shown.source, shown.result.shapes) if shown is not None and shown.result else None

        html, problems = add_page_hints(html, lookup, self._lang)
        for name in problems:
            log.warning(
                "docs/%s: the code block of %s does not show the file's text, so it gets no shape hints",
                page.file.src_uri,
                name,
            )
        return html

    def _render(self, embed: Embed) -> str:
        """The Markdown of one embed of the current page, from the record ``on_files`` made."""
        shown = self._shown_on_page.get((embed.name, embed.line))
        if shown is None:  # e.g. an embed another plugin added to the page after on_files
            where = f"{self._reader.page}:{embed.line}"
            path = resolve_snippet(self.snippets_dir, embed.name, where)
            shown = PageEmbed(embed.name, embed.line, *self._record(path, where))
        self._rendered += 1
        if shown.variants:
            return render_variants(
                shown.name,
                shown.choices,
                shown.variants,
                self._lang,
                f"snippet-{self._rendered}",
                self.config.max_output_lines,
            )
        if shown.failure is not None:
            return render_failure(shown.name, shown.source, shown.failure, self._lang, f"snippet-{self._rendered}")
        return render_embed(
            shown.name,
            shown.source,
            shown.result,
            self._lang,
            f"snippet-{self._rendered}",
            self.config.max_output_lines,
        )

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def _label(self, path: Path) -> str:
        """A snippet in the log: its path, or for a variant the snippet's path and the values put in."""
        name = self._variant_names.get(path)
        if name is None:
            return self._rel(path)
        snippet, key = name.split("\0")
        return f"{snippet} [{key}]"

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        server.watch(str(self.snippets_dir))  # a snippet edit reloads the page; the cache reruns only it
        return server
