"""``specdiff corpus ...``: thin click wrappers over :class:`specdiff.corpus.Corpus`.

stdout carries the artifact (tables, JSON, a diff); warnings, progress and per-file errors go to
stderr. Each command is one method of the corpus, which first brings the index up to date with
the files (cheaply: only what changed is reread), so a corpus freshly cloned from git works
without a ``reindex``, and which rebuilds an index that turns out damaged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import EXIT_BUG, EXIT_DIFFERENCES, EXIT_USAGE
from .options import OCR_MODES, ocr_option, output_option, say_written, write_output
from .output import choose_format

if TYPE_CHECKING:
    from ..corpus import Corpus

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class Settings:
    root: Path
    wait: float
    ocr: str

    def corpus(self, *, jobs: int = 1, ocr: str | None = None) -> Corpus:
        from ..corpus import Corpus

        return Corpus(self.root, wait=self.wait, jobs=jobs, ocr=ocr or self.ocr, notify=_notify)


def _notify(message: str) -> None:
    click.echo(message, err=True)


def jobs_option(func: F) -> F:
    return click.option(
        "-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256), help="Worker processes."
    )(func)


def format_option(func: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)(func)


def command_ocr_option(func: F) -> F:
    """``--ocr`` on a command that reads files: the same as the group's ``--ocr``, which it overrides."""
    return click.option(
        "--ocr", type=click.Choice(OCR_MODES), default=None, help="Read PDF pages by OCR (as the group's --ocr)."
    )(func)


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in header]] + [["-" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    return "".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n" for r in cells)


@click.group("corpus")
@click.option(
    "--corpus",
    "root",
    default=".",
    show_default=True,
    envvar="SPECDIFF_CORPUS",
    type=click.Path(file_okay=False, path_type=Path),
    help="The corpus folder (env SPECDIFF_CORPUS).",
)
@click.option(
    "--wait", default=30.0, show_default=True, type=click.FloatRange(0), help="Seconds to wait for another writer."
)
@ocr_option
@click.pass_context
def corpus(ctx: click.Context, root: Path, wait: float, ocr: str) -> None:
    """A folder of standards and their published versions: add, list, log, diff, report, search.

    Layout: <series>/<version>/standard.* (the file as published) and document.json (its parsed
    document); the index in .specdiff/ is a cache rebuilt from the files (`corpus reindex`).
    """
    ctx.obj = Settings(root, wait, ocr)


@corpus.command()
@click.pass_obj
def init(settings: Settings) -> None:
    """Make the folder a corpus (and index any version folders already in it)."""
    done = settings.corpus().init()
    if done.created:
        click.echo(f"initialised a corpus at {settings.root} ({done.versions} versions indexed)")
    else:
        extra = f" ({done.reread} folders reindexed)" if done.reread else ""
        click.echo(f"{settings.root} is already a corpus; nothing changed{extra}")


@corpus.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--as-of",
    default=None,
    help="Date for files that print none (default: the day they are added); also orders same-date ones, "
    "and dates a version already in the corpus.",
)
@click.option("--series", default=None, help="File them under this series instead of identifying it.")
@jobs_option
@command_ocr_option
@click.pass_obj
def add(
    settings: Settings, files: tuple[Path, ...], as_of: str | None, series: str | None, jobs: int, ocr: str | None
) -> None:
    """Add published files; identical content already in the corpus is left as it is. A file that
    prints no date is filed as of the day it is added (or --as-of), and says so."""
    outcomes = settings.corpus(jobs=jobs, ocr=ocr).add(files, as_of=as_of, series=series)
    for outcome in outcomes:
        if outcome.status == "failed":
            click.echo(f"specdiff: error: {outcome.message}", err=True)
        else:
            click.echo(outcome.message)
    if any(o.status == "failed" and o.internal for o in outcomes):
        raise SystemExit(EXIT_BUG)  # every other file was still added; this one hit a bug of ours
    if any(o.status == "failed" for o in outcomes):
        raise SystemExit(EXIT_USAGE)


@corpus.command("set-date")
@click.argument("series")
@click.argument("version")
@click.argument("date")
@click.pass_obj
def set_date(settings: Settings, series: str, version: str, date: str) -> None:
    """File VERSION of SERIES as of DATE (when a standard that prints no date was published).

    The folder is renamed for the date when its name came from the old one; nothing is lost."""
    done = settings.corpus().set_date(series, version, date)
    where = f"{done.series}/{done.version}"
    renamed = f" (renamed from {done.series}/{done.old_version})" if done.version != done.old_version else ""
    printed = f"; it prints its own date ({done.printed}), which still places it" if done.printed else ""
    click.echo(f"{where} is now filed as of {done.as_of}{renamed}{printed}")


@corpus.command("list")
@format_option
@click.pass_obj
def list_command(settings: Settings, fmt: str) -> None:
    """Every series with its number of versions, dates and latest status."""
    series = settings.corpus().list_series()
    if fmt == "json":
        click.echo(json.dumps([s.to_json() for s in series], indent=1, ensure_ascii=False))
        return
    header = ("SERIES", "VERSIONS", "FIRST", "LAST", "STATUS", "TITLE")
    click.echo(_table(header, [(s.name, s.versions, s.first, s.last, s.status, s.title) for s in series]), nl=False)


DATED = {"printed": "", "given": " (as of)", "added": " (day added)"}
"""How ``log`` marks a date that is not printed in the version: given, or the day it was added."""


@corpus.command()
@click.argument("series")
@format_option
@click.pass_obj
def log(settings: Settings, series: str, fmt: str) -> None:
    """Each version of SERIES with the substantive and editorial changes from the one before.

    A date the version does not print is marked: "(as of)" given with --as-of or set-date,
    "(day added)" the day it was added."""
    entries = settings.corpus().log(series)
    if fmt == "json":
        payload = {"series": entries[0].row.series, "versions": [e.to_json() for e in entries]}
        click.echo(json.dumps(payload, indent=1, ensure_ascii=False))
        return
    header = ("VERSION", "DATE", "STATUS", "SUBSTANTIVE", "EDITORIAL", "REVIEWED", "FILE")
    rows = [
        (
            e.row.version,
            None if e.row.when is None else f"{e.row.when}{DATED.get(e.row.dated or '', '')}",
            e.row.status,
            e.step.substantive if e.step else None,
            e.step.editorial if e.step else None,
            e.reviewed,
            e.row.original_name or e.row.source,
        )
        for e in entries
    ]
    click.echo(f"{entries[0].row.series}: {entries[0].row.title or ''}".rstrip(": "))
    click.echo(_table(header, rows), nl=False)


@corpus.command("diff")
@click.argument("series")
@click.option("--from", "old", default=None, help="Older version (default: the one before --to).")
@click.option("--to", "new", default=None, help="Newer version (default: the latest).")
@click.option("--format", "fmt", default=None, help="json, text, markdown or html (default: from -o, else text).")
@click.option("--exit-code", is_flag=True, help="Exit 1 when there is any substantive change.")
@output_option
@click.pass_obj
def diff_command(
    settings: Settings, series: str, old: str | None, new: str | None, fmt: str | None, exit_code: bool, output: str
) -> None:
    """Compare two versions of SERIES (by default the last two)."""
    from ..api import render
    from ..renderers.diff import DIFF_RENDERERS

    fmt = choose_format(fmt, output, sorted(DIFF_RENDERERS))
    result = settings.corpus().diff(series, old, new)
    write_output(render(result, fmt), output)
    say_written(output, result.summary)
    if exit_code and result.has_substantive:
        raise SystemExit(EXIT_DIFFERENCES)


@corpus.command()
@click.option("--since", required=True, help="Report series with a version dated on or after this date.")
@click.option("-o", "--output", "out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder.")
@jobs_option
@click.pass_obj
def report(settings: Settings, since: str, out: Path, jobs: int) -> None:
    """Write a static site: an index of changed series and one HTML diff per series."""
    rows = settings.corpus(jobs=jobs).report(since, out)
    changed = sum(1 for r in rows if r.page)
    click.echo(f"wrote {out / 'index.html'}: {len(rows)} series changed since {since}, {changed} diff pages")


@corpus.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--all-versions", is_flag=True, help="Search every version, not only each series' latest.")
@click.option("--raw", is_flag=True, help='TEXT is an SQLite FTS5 query (AND, OR, NOT, "phrases", prefix*).')
@format_option
@click.pass_obj
def search(settings: Settings, text: tuple[str, ...], limit: int, all_versions: bool, raw: bool, fmt: str) -> None:
    """Full-text search over clauses: every word of TEXT, stemmed, in any order."""
    query = " ".join(text)
    hits = settings.corpus().search(query, limit=limit, all_versions=all_versions, raw=raw)
    if fmt == "json":
        keys = ("series", "version", "section", "heading", "title", "clause", "snippet")
        click.echo(json.dumps([{k: getattr(h, k) for k in keys} for h in hits], indent=1, ensure_ascii=False))
        return
    for hit in hits:
        where = f"{hit.series}/{hit.version}  {hit.section}"
        click.echo(f"{where}  {hit.title or ''}  ({hit.heading or 'no heading'}, clause {hit.clause})")
        click.echo(f"    {hit.snippet}")
    if not hits:
        click.echo(f"no clause matches {query!r}", err=True)


@corpus.command()
@jobs_option
@command_ocr_option
@click.pass_obj
def reindex(settings: Settings, jobs: int, ocr: str | None) -> None:
    """Rebuild the index from the files; reparse only documents whose source or parser changed."""
    done = settings.corpus(jobs=jobs, ocr=ocr).reindex()
    click.echo(
        f"reindexed {settings.root}: {done.versions} versions in {done.series} series ({done.reread} folders reread)"
    )


@corpus.group()
def review() -> None:
    """Reviews made in change reports (review.json), kept beside the versions they review."""


@review.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_obj
def review_import(settings: Settings, file: Path) -> None:
    """Keep FILE (a review.json exported from a change report) beside the version it reviews."""
    done = settings.corpus().import_review(file)
    verb = "replaced the review of" if done.replaced else "kept the review of"
    click.echo(
        f"{verb} {done.series}/{done.version} (against {done.previous}): {done.approved} approved, in {done.path}"
    )


def register(group: click.Group) -> None:
    group.add_command(corpus)
