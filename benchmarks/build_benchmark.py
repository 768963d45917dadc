"""Time ``mkdocs build`` cold, warm, after a one-snippet edit, and with execution off; and the serve loop.

Run from anywhere with the project's interpreter:

    .venv/bin/python benchmarks/build_benchmark.py [--runs 3] [--serial] [--serve]

Every build runs in a temporary copy of the project with its own cache folder,
so the repository and its ``.cache/`` are never touched. A cold build is a fresh
clone's first build: no snippet result and no notebook HTML cached (mkdocs-jupyter
keeps the HTML it renders from each notebook in ``.cache/mkdocs-jupyter/``, which
is emptied before each cold build). The baseline is a steady no-execution build
(its notebook HTML cached); "no execution, nothing cached" is a fresh clone's
first build with ``SNIPPET_EXEC=off``, for a like-for-like look. Cold and one-edit
builds are timed for both ways of running snippets (``fork``: the fork server,
``spawn``: a fresh interpreter per snippet, ``SNIPPET_EXEC_ISOLATION``). The
cases are run round-robin (one of each per round), so a change in machine
load hits them all alike. Prints the machine, a table of wall times and CPU
times (CPU counts the snippet processes and the fork server too, and is less
sensitive to other load), their medians and ratios to the no-execution
baseline, and how many snippets each build ran, read from the build log.
``--serve`` adds the authoring loop (``serve_loop.py``): seconds from saving a
snippet, or a page, to the served page showing the change, for each isolation.

"cold, fork, no variants" and "warm, no variants" build with SNIPPET_EXEC_VARIANTS=off, in a copy
with caches of its own: the same site running only the snippet files, so the difference is what
the ``# try:`` variants cost. Cold builds also start without the print page's prepared articles.

Exits non-zero if a check fails: warm/baseline wall time at most 1.3, exactly
one snippet run after a one-snippet edit, every snippet run exactly once in a
cold build, fork and spawn cold builds writing identical HTML (and, with
``--serial``, parallel and serial cold builds too). The issue's targets (cold
at most 4x and one edit at most 2.5x the baseline, a served snippet edit
within 1.5x a page edit) are printed as figures, TARGET met or MISSED.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from serve_loop import ServeTimes, serve_loop  # benchmarks/ is this script's folder, first on sys.path

from rnn_site.execution.embeds import find_embeds
from rnn_site.execution.variants import combinations, read_choices

REPO = Path(__file__).resolve().parent.parent

NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "venv", "site", ".cache", "__pycache__", ".pytest_cache", "test-artifacts"
)
RAN = re.compile(r"\] snippets/(\S+)(?: \[\S+\])? ran in [\d.]+s")  # a variant's line names its values
MAX_WARM_RATIO = 1.3
TARGETS = {"cold, fork": 4.0, "one snippet edited, fork": 2.5}  # at most this many times the baseline (wall)
SERVE_TARGET = 1.5  # served snippet edit at most this many times a page edit
ISOLATIONS = ("fork", "spawn")
NOTEBOOK_HTML = Path(".cache") / "mkdocs-jupyter"  # mkdocs-jupyter's default cache_dir, in the project
PRINT_ARTICLES = Path(".cache") / "print-page"  # the print page's prepared articles (rnn_site/print_page.py)


@dataclass
class Case:
    """One kind of build and what each of its runs measured."""

    name: str
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    ran: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(project: Path, site: Path, cache: Path, **env: str) -> tuple[float, float, int]:
    """One ``mkdocs build`` in a fresh process: wall seconds, CPU seconds (with its snippet processes), snippets run."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPET_EXEC_CACHE_DIR": str(cache), **env}
    for variable in ("SNIPPET_EXEC", "SNIPPET_EXEC_CACHE", "SNIPPET_EXEC_ISOLATION", "SNIPPET_EXEC_VARIANTS"):
        if variable not in env:
            environment.pop(variable, None)
    cpu, start = _children_cpu(), time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
    )
    seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        sys.exit(f"build of {project} failed:\n{log}")
    return seconds, cpu, len(RAN.findall(log))


def forget_notebook_html(project: Path, kind: str) -> int:
    """Empty mkdocs-jupyter's cache of ``kind`` notebooks ("executed" or "unexecuted") in ``project``.

    The notebooks plugin keeps one folder per language and kind (``ko-executed``, ...), so a cold
    build can start as in a fresh clone without spoiling the baseline's cache, and the reverse.
    Returns how many folders it emptied: after a build of that kind, one per language, or these
    names no longer match the plugin's (and the "cold" builds would reuse notebook HTML again).
    """
    folders = list((project / NOTEBOOK_HTML).glob(f"*-{kind}"))
    for folder in folders:
        shutil.rmtree(folder)
    shutil.rmtree(project / PRINT_ARTICLES, ignore_errors=True)  # a fresh clone has no prepared article either
    return len(folders)


def embedded_snippets(project: Path) -> list[str]:
    names = {e.name for page in (project / "docs").rglob("*.md") for e in find_embeds(page.read_text(encoding="utf-8"))}
    return sorted(names)


def variant_runs(project: Path, names: list[str]) -> int:
    """How many runs the snippets' ``# try:`` variants add to a build (every combination but the file itself)."""
    total = 0
    for name in names:
        choices = read_choices((project / "snippets" / name).read_text(encoding="utf-8"), name)
        total += max(0, len(combinations(choices)) - 1)
    return total


def page_embedding(project: Path, snippet: str) -> str:
    """The first page (name without language) that embeds ``snippet``."""
    for page in sorted((project / "docs").glob("*.ko.md")):
        if any(e.name == snippet for e in find_embeds(page.read_text(encoding="utf-8"))):
            return page.name.split(".")[0]
    sys.exit(f"no Korean page embeds {snippet}")


def serial_copy(source: Path, target: Path) -> Path:
    """A copy of the project whose mkdocs.yml runs snippets one at a time (``jobs: 1``)."""
    shutil.copytree(source, target, ignore=NOT_COPIED)
    config = target / "mkdocs.yml"
    text, count = re.subn(
        r"^([ \t]*)- snippet-exec:[ \t]*\n",
        lambda m: f"{m[0]}{m[1]}    jobs: 1\n",
        config.read_text(encoding="utf-8"),
        flags=re.M,
    )
    if count != 1:
        sys.exit("--serial: cannot find the snippet-exec plugin entry (with options) in mkdocs.yml")
    config.write_text(text, encoding="utf-8")
    return target


def same_html(a: Path, b: Path) -> bool:
    pages_a = sorted(p.relative_to(a) for p in a.rglob("*.html"))
    pages_b = sorted(p.relative_to(b) for p in b.rglob("*.html"))
    return pages_a == pages_b and all((a / p).read_bytes() == (b / p).read_bytes() for p in pages_a)


def machine() -> list[str]:
    cpu = "unknown"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("tensorflow", "keras", "numpy", "mkdocs"))
    return [
        f"date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"machine: {usable} usable core(s) (nproc), CPU {cpu}, {platform.system()} {platform.release()}",
        f"python {platform.python_version()}; {versions}",
    ]


def load() -> str:
    try:
        return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load average unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each case (default 3)")
    parser.add_argument("--snippet", help="the snippet to edit (default: the first embedded one)")
    parser.add_argument(
        "--serial", action="store_true", help="also time cold builds with jobs: 1 and compare their HTML"
    )
    parser.add_argument(
        "--serve", action="store_true", help="also time the mkdocs serve authoring loop, fork and spawn"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="build-benchmark-") as tmp_name:
        tmp = Path(tmp_name)
        pristine = Path(shutil.copytree(REPO, tmp / "project", ignore=NOT_COPIED))
        plain = Path(shutil.copytree(REPO, tmp / "plain", ignore=NOT_COPIED))  # no variants: caches of its own
        edited = {iso: Path(shutil.copytree(REPO, tmp / f"edited-{iso}", ignore=NOT_COPIED)) for iso in ISOLATIONS}
        serial = serial_copy(REPO, tmp / "serial") if args.serial else None
        names = embedded_snippets(pristine)
        variants = variant_runs(pristine, names)
        target = args.snippet or names[0]
        if target not in names:
            sys.exit(f"{target} is not embedded in any page; choose one of {', '.join(names)}")

        print("\n".join(machine()))
        print(
            f"site: {len(names)} embedded snippet(s) and {variants} more variant(s), every page in 2 languages;"
            f" {args.runs} run(s) of each case, round-robin"
        )
        print(f"before: {load()}", flush=True)

        order = [
            "no execution (baseline)",
            "no execution, nothing cached",
            *(f"cold, {iso}" for iso in ISOLATIONS),
            "cold, fork, no variants",
            "warm",
            "warm, no variants",
            *(f"one snippet edited, {iso}" for iso in ISOLATIONS),
        ]
        cases = {name: Case(name) for name in order}
        if serial:
            cases["cold, fork, serial (jobs: 1)"] = Case("cold, fork, serial (jobs: 1)")
        identical: list[bool] = []
        forgotten: list[int] = []  # notebook-HTML folders emptied before each build meant to start with none
        serial_identical: list[bool] = []

        def record(case: str, outcome: tuple[float, float, int]) -> None:
            seconds, cpu, ran = outcome
            cases[case].seconds.append(seconds)
            cases[case].cpu.append(cpu)
            cases[case].ran.append(ran)
            print(f"  {case}: {seconds:.2f}s wall, {cpu:.2f}s CPU, {ran} snippet(s) ran", flush=True)

        # Untimed: the baseline's first build renders its (output-less) notebooks once, as the cold
        # build does for the warm one; every timed case then measures its steady state.
        build(pristine, tmp / "site-off", tmp / "cache-off", SNIPPET_EXEC="off")
        for round_ in range(args.runs):
            print(f"round {round_ + 1}/{args.runs}", flush=True)
            for iso in ISOLATIONS:
                cold_cache = tmp / f"cache-cold-{iso}-{round_}"
                forgotten.append(forget_notebook_html(pristine, "executed"))
                record(
                    f"cold, {iso}", build(pristine, tmp / f"site-cold-{iso}", cold_cache, SNIPPET_EXEC_ISOLATION=iso)
                )
                if round_ == 0:  # the first cold build's caches are the warm and edited builds' caches
                    shutil.copytree(cold_cache, tmp / f"cache-edit-{iso}")
                    shutil.copytree(pristine / NOTEBOOK_HTML, edited[iso] / NOTEBOOK_HTML, dirs_exist_ok=True)
                    if iso == "fork":
                        shutil.copytree(cold_cache, tmp / "cache-warm")
                        shutil.copytree(cold_cache, tmp / "cache-serve")
            identical.append(same_html(tmp / "site-cold-fork", tmp / "site-cold-spawn"))
            forget_notebook_html(plain, "executed")
            record(  # what the variants cost: the same cold build running the files only
                "cold, fork, no variants",
                build(plain, tmp / "site-cold-plain", tmp / f"cache-cold-plain-{round_}", SNIPPET_EXEC_VARIANTS="off"),
            )
            if round_ == 0:
                shutil.copytree(tmp / f"cache-cold-plain-{round_}", tmp / "cache-warm-plain")
            if serial:
                record(
                    "cold, fork, serial (jobs: 1)", build(serial, tmp / "site-serial", tmp / f"cache-serial-{round_}")
                )
                serial_identical.append(same_html(tmp / "site-cold-fork", tmp / "site-serial"))
            forgotten.append(forget_notebook_html(pristine, "unexecuted"))
            record(
                "no execution, nothing cached",
                build(pristine, tmp / "site-off", tmp / "cache-off", SNIPPET_EXEC="off"),
            )
            record("no execution (baseline)", build(pristine, tmp / "site-off", tmp / "cache-off", SNIPPET_EXEC="off"))
            record("warm", build(pristine, tmp / "site-warm", tmp / "cache-warm"))
            record(
                "warm, no variants",
                build(plain, tmp / "site-warm-plain", tmp / "cache-warm-plain", SNIPPET_EXEC_VARIANTS="off"),
            )
            for iso in ISOLATIONS:
                snippet = edited[iso] / "snippets" / target
                snippet.write_text(
                    snippet.read_text(encoding="utf-8") + f"# benchmark edit {round_ + 1}\n", encoding="utf-8"
                )
                record(
                    f"one snippet edited, {iso}",
                    build(
                        edited[iso], tmp / f"site-edited-{iso}", tmp / f"cache-edit-{iso}", SNIPPET_EXEC_ISOLATION=iso
                    ),
                )
        serve_times: list[ServeTimes] = []
        if args.serve:
            page = page_embedding(pristine, target)
            for iso in ISOLATIONS:
                project = Path(shutil.copytree(REPO, tmp / f"serve-{iso}" / "project", ignore=NOT_COPIED))
                cache = Path(shutil.copytree(tmp / "cache-serve", tmp / f"serve-{iso}" / "cache"))
                serve_times.append(serve_loop(project, cache, target, page, iso, args.runs))
        print(f"after: {load()}\n")

    base = cases["no execution (baseline)"]
    header = (
        f"| {'build':<28} | {'wall, each run (s)':<22} | {'median (s)':>10} | {'vs baseline':>11} "
        f"| {'CPU median (s)':>14} | {'CPU vs baseline':>15} | {'snippets run':<12} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for case in cases.values():
        runs = ", ".join(f"{s:.2f}" for s in case.seconds)
        ran = ", ".join(str(n) for n in case.ran)
        print(
            f"| {case.name:<28} | {runs:<22} | {case.median:>10.2f} | {case.median / base.median:>10.2f}x "
            f"| {case.median_cpu:>14.2f} | {case.median_cpu / base.median_cpu:>14.2f}x | {ran:<12} |"
        )
    print(f"\nedited snippet: snippets/{target}")
    if serve_times:
        print(
            "\n| mkdocs serve | first snippet edit (s) | snippet edits (s) | median | page edits (s) | median | snippet / page |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for times in serve_times:
            print(
                f"| {times.isolation} | {times.first_snippet_edit:.2f} | {', '.join(f'{s:.2f}' for s in times.snippet_edits)} "
                f"| {statistics.median(times.snippet_edits):.2f} | {', '.join(f'{s:.2f}' for s in times.page_edits)} "
                f"| {statistics.median(times.page_edits):.2f} | {times.ratio:.2f}x |"
            )

    warm_ratio = cases["warm"].median / base.median
    checks = [
        (f"warm / baseline wall time = {warm_ratio:.2f} (at most {MAX_WARM_RATIO})", warm_ratio <= MAX_WARM_RATIO),
        (
            "one-snippet edit ran exactly 1 snippet in every run",
            all(n == 1 for iso in ISOLATIONS for n in cases[f"one snippet edited, {iso}"].ran),
        ),
        (
            f"cold ran each of the {len(names)} snippets and {variants} variants exactly once",
            all(n == len(names) + variants for iso in ISOLATIONS for n in cases[f"cold, {iso}"].ran),
        ),
        (
            f"cold without variants ran the {len(names)} snippets only",
            all(n == len(names) for n in cases["cold, fork, no variants"].ran),
        ),
        ("warm and baseline ran no snippet", not any(cases["warm"].ran + cases["warm, no variants"].ran + base.ran)),
        ("cold fork and spawn builds wrote identical HTML", all(identical)),
        # the first cold build finds no cache; every later one finds the last build's, one folder per language
        (
            "cold and nothing-cached builds started with no notebook HTML",
            forgotten[0] == 0 and min(forgotten[1:], default=2) >= 2,
        ),
    ]
    if serial:
        checks.append(("cold parallel and serial builds wrote identical HTML", all(serial_identical)))
    for text, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    for case, limit in TARGETS.items():
        ratio = cases[case].median / base.median
        print(
            f"{'TARGET met' if ratio <= limit else 'TARGET MISSED'}  {case} / baseline wall time = {ratio:.2f} (at most {limit})"
        )
    plain, varied = cases["cold, fork, no variants"], cases["cold, fork"]
    print(
        f"FYI  variants: {variants} more run(s) in a cold build, {varied.median - plain.median:+.2f}s wall"
        f" ({varied.median / plain.median:.2f}x), {varied.median_cpu - plain.median_cpu:+.2f}s CPU"
        f" ({varied.median_cpu / plain.median_cpu:.2f}x); warm: {cases['warm'].median - cases['warm, no variants'].median:+.2f}s wall"
    )
    fresh = cases["no execution, nothing cached"].median
    print(
        f"FYI  cold, fork / no execution, nothing cached = {cases['cold, fork'].median / fresh:.2f} "
        "(a fresh clone's first build, with and without running the snippets)"
    )
    for times in serve_times:
        if times.isolation == "fork":  # the target is the fork server's; spawn is shown for comparison
            met = times.ratio <= SERVE_TARGET
            print(
                f"{'TARGET met' if met else 'TARGET MISSED'}  serve, fork: snippet edit / page edit = {times.ratio:.2f} (at most {SERVE_TARGET})"
            )
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
