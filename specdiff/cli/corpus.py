"""``specdiff corpus ...``: thin click wrappers over :mod:`specdiff.corpus`.

stdout carries the artifact (tables, JSON, a diff); warnings, progress and per-file errors go to
stderr. Reading commands first bring the index up to date with the files (cheaply: only what
changed is reread), so a corpus freshly cloned from git works without a ``reindex``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import EXIT_BUG, EXIT_DIFFERENCES, EXIT_USAGE
from .options import ocr_option, output_option, say_written, write_output
from .output import choose_format

if TYPE_CHECKING:
    from ..corpus.sync import Corpus

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class Settings:
    root: Path
    wait: float


def _notify(message: str) -> None:
    click.echo(message, err=True)


def jobs_option(func: F) -> F:
    return click.option(
        "-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256), help="Worker processes."
    )(func)


def format_option(func: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)(func)


def _open(settings: Settings, *, jobs: int = 1, reading: bool = False) -> Corpus:
    from ..corpus.sync import open_corpus

    return open_corpus(settings.root, _notify, wait=settings.wait, jobs=jobs, reading=reading)


def _reading(settings: Settings, query: Callable[[Corpus], T], *, jobs: int = 1) -> T:
    """Run a read-only query on an up-to-date index; an index that fails mid-query is rebuilt once.

    A corpus this process cannot write is read through an in-memory copy of its index; an index
    locked by another program is waited for (--wait), then reported, never rebuilt."""
    import sqlite3  # here, not at the top: ``specdiff diff`` and ``--help`` need no SQLite

    from ..corpus.index import busy_error, is_busy
    from ..corpus.lock import locked
    from ..corpus.sync import ensure_synced, rebuild_index

    corpus = _open(settings, jobs=jobs, reading=True)
    try:
        try:
            ensure_synced(corpus)
            return query(corpus)
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise busy_error(corpus.layout.index, corpus.wait) from exc
            broken = str(exc)
        if corpus.read_only:
            rebuild_index(corpus, broken)
        else:
            with locked(corpus.layout.lock, wait=corpus.wait, purpose="reindex"):
                rebuild_index(corpus, broken)
        return query(corpus)
    finally:
        corpus.close()


def _index_busy(func: F) -> F:
    """A writing command whose index is locked by another program says so (exit 2), after --wait."""

    @functools.wraps(func)
    def wrapper(settings: Settings, *args: Any, **kwargs: Any) -> Any:
        import sqlite3

        from ..corpus.index import busy_error, is_busy
        from ..corpus.layout import Layout

        try:
            return func(settings, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise busy_error(Layout(settings.root).index, settings.wait) from exc
            raise

    return wrapper  # type: ignore[return-value]


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
def corpus(ctx: click.Context, root: Path, wait: float) -> None:
    """A folder of standards and their published versions: add, list, log, diff, report, search.

    Layout: <series>/<version>/standard.* (the file as published) and document.json (its parsed
    document); the index in .specdiff/ is a cache rebuilt from the files (`corpus reindex`).
    """
    ctx.obj = Settings(root, wait)


@corpus.command()
@click.pass_obj
@_index_busy
def init(settings: Settings) -> None:
    """Make the folder a corpus (and index any version folders already in it)."""
    from ..corpus.lock import locked
    from ..corpus.sync import init_corpus, sync

    created = init_corpus(settings.root)
    corpus_ = _open(settings)
    try:
        with locked(corpus_.layout.lock, wait=settings.wait, purpose="init"):
            count = sync(corpus_)
        versions = len(corpus_.index.versions())
    finally:
        corpus_.close()
    if created:
        click.echo(f"initialised a corpus at {settings.root} ({versions} versions indexed)")
    else:
        extra = f" ({count} folders reindexed)" if count else ""
        click.echo(f"{settings.root} is already a corpus; nothing changed{extra}")


@corpus.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--as-of", default=None, help="Publication date for files that print none (also orders same-date ones).")
@click.option("--series", default=None, help="File them under this series instead of identifying it.")
@jobs_option
@ocr_option
@click.pass_obj
@_index_busy
def add(settings: Settings, files: tuple[Path, ...], as_of: str | None, series: str | None, jobs: int) -> None:
    """Add published files; identical content already in the corpus is left as it is."""
    from ..corpus.add import add_files

    corpus_ = _open(settings, jobs=jobs)
    try:
        outcomes = add_files(corpus_, list(files), as_of=as_of, series=series)
    finally:
        corpus_.close()
    for outcome in outcomes:
        if outcome.status == "failed":
            click.echo(f"specdiff: error: {outcome.message}", err=True)
        else:
            click.echo(outcome.message)
    if any(o.status == "failed" and o.internal for o in outcomes):
        raise SystemExit(EXIT_BUG)  # every other file was still added; this one hit a bug of ours
    if any(o.status == "failed" for o in outcomes):
        raise SystemExit(EXIT_USAGE)


@corpus.command("list")
@format_option
@click.pass_obj
def list_command(settings: Settings, fmt: str) -> None:
    """Every series with its number of versions, dates and latest status."""
    from ..corpus.history import list_series

    series = _reading(settings, list_series)
    if fmt == "json":
        click.echo(json.dumps([s.to_json() for s in series], indent=1, ensure_ascii=False))
        return
    header = ("SERIES", "VERSIONS", "FIRST", "LAST", "STATUS", "TITLE")
    click.echo(_table(header, [(s.name, s.versions, s.first, s.last, s.status, s.title) for s in series]), nl=False)


@corpus.command()
@click.argument("series")
@format_option
@click.pass_obj
def log(settings: Settings, series: str, fmt: str) -> None:
    """Each version of SERIES with the substantive and editorial changes from the one before."""
    from ..corpus.history import series_log

    entries = _reading(settings, lambda c: series_log(c, series))
    if fmt == "json":
        payload = {"series": entries[0].row.series, "versions": [e.to_json() for e in entries]}
        click.echo(json.dumps(payload, indent=1, ensure_ascii=False))
        return
    header = ("VERSION", "DATE", "STATUS", "SUBSTANTIVE", "EDITORIAL", "REVIEWED", "FILE")
    rows = [
        (
            e.row.version,
            e.row.when,
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
    from ..corpus.history import series_diff
    from ..corpus.site import render_diff_page
    from ..render.diff import DIFF_RENDERERS, render_diff

    fmt = choose_format(fmt, output, sorted(set(DIFF_RENDERERS) | {"html"}))
    result = _reading(settings, lambda c: series_diff(c, series, old, new))
    if fmt == "html":
        heading = f"{series}: {Path(result.old.source.path).parent.name} → {Path(result.new.source.path).parent.name}"
        text = render_diff_page(result, heading=heading)
    else:
        text = render_diff(result, fmt=fmt)
    write_output(text, output)
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
    from ..corpus.site import build_report

    rows = _reading(settings, lambda c: build_report(c, since, out), jobs=jobs)
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
    import sqlite3

    from ..corpus.index import fts_query, is_busy
    from ..errors import CorpusError

    query = " ".join(text)
    if not raw and not fts_query(query):
        raise CorpusError(f"nothing to search for in {query!r}: give words (letters or digits)")

    def run(c: Corpus) -> list[Any]:
        try:
            return list(c.index.search(query, limit=limit, all_versions=all_versions, raw=raw))
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise
            raise CorpusError(f"cannot search for {query!r}: {exc}") from exc

    hits = _reading(settings, run)
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
@ocr_option
@click.pass_obj
@_index_busy
def reindex(settings: Settings, jobs: int) -> None:
    """Rebuild the index from the files; reparse only documents whose source or parser changed."""
    import sqlite3

    from ..corpus.index import IndexCorrupt, is_busy
    from ..corpus.lock import locked
    from ..corpus.sync import rebuild_index, sync

    corpus_ = _open(settings, jobs=jobs)
    try:
        with locked(corpus_.layout.lock, wait=settings.wait, purpose="reindex"):
            try:
                corpus_.index.check()
                count = sync(corpus_, verify=True)
            except (IndexCorrupt, sqlite3.DatabaseError) as exc:
                if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
                    raise
                rebuild_index(corpus_, str(exc))
                count = len(corpus_.index.versions())
        versions = corpus_.index.versions()
    finally:
        corpus_.close()
    series = len({v.series for v in versions})
    click.echo(f"reindexed {settings.root}: {len(versions)} versions in {series} series ({count} folders reread)")


@corpus.group()
def review() -> None:
    """Reviews made in change reports (review.json), kept beside the versions they review."""


@review.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_obj
def review_import(settings: Settings, file: Path) -> None:
    """Keep FILE (a review.json exported from a change report) beside the version it reviews."""
    from ..corpus.review import import_review

    done = _reading(settings, lambda c: import_review(c, file))
    verb = "replaced the review of" if done.replaced else "kept the review of"
    click.echo(
        f"{verb} {done.series}/{done.version} (against {done.previous}): {done.approved} approved, in {done.path}"
    )


def register(group: click.Group) -> None:
    group.add_command(corpus)
