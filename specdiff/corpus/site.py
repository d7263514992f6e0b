"""``corpus report``: a static site of what a publication drop changed.

One index page lists every series with a version dated on or after ``--since`` (sortable, with
counts of changes), and one HTML diff per series compares the last version before that date
with the latest; each page links to the other. Pages are rendered by the map step (a plain
function of two document.json files) so a large report uses every core. Each diff page is the
change report of ``specdiff diff`` (with a link back to the index). Output is byte-stable: no
timestamps, ids from names.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import CorpusError, OutputError
from ..files import write_atomic
from ..model import Diff
from ..model.identity import parse_date
from .index import VersionRow
from .layout import slug
from .session import Session
from .work import read_document_json, run_map

COLUMNS = (
    ("series", "Series"),
    ("title", "Title"),
    ("base", "From"),
    ("target", "To"),
    ("date", "Date"),
    ("status", "Status"),
    ("substantive", "Substantive"),
    ("editorial", "Editorial"),
    ("added", "Added"),
    ("removed", "Removed"),
    ("versions", "New versions"),
    ("note", "Note"),
)


UNFINISHED = ("tentative", "draft")
"""Statuses a reader must be told about: the text may still change."""


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One changed series on the index page."""

    series: str
    title: str | None
    base: str | None
    target: str
    date: str | None
    status: str
    versions: int
    page: str | None
    note: str
    substantive: int = 0
    editorial: int = 0
    added: int = 0
    removed: int = 0


@cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader

    return Environment(loader=PackageLoader("specdiff", "templates"), autoescape=True, keep_trailing_newline=True)


def _asset(name: str) -> Any:
    """One of our own static files (CSS, JS) as markup: inlined verbatim, never document text."""
    from markupsafe import Markup

    env = _environment()
    source, _, _ = env.loader.get_source(env, f"corpus/{name}")
    return Markup(source)


def render_diff_page(diff: Diff, *, back: str | None = None, back_label: str = "") -> str:
    """The change report of one diff, with a link back to the report index when ``back`` is set."""
    from ..renderers.html import BackLink, to_html

    return to_html(diff, back=BackLink(back, back_label) if back is not None else None)


def render_series_page(old_path: str, new_path: str, back: str, back_label: str) -> tuple[str, dict[str, int]]:
    """Map step of the report: two document.json files in, the page and its counts out."""
    from ..diff import compare

    diff = compare(read_document_json(old_path), read_document_json(new_path))
    return render_diff_page(diff, back=back, back_label=back_label), diff.summary


def changed_series(session: Session, since: str) -> list[tuple[list[VersionRow], VersionRow | None, VersionRow]]:
    """(versions, base, target) for each series with a version on or after ``since``."""
    out = []
    by_series: dict[str, list[VersionRow]] = {}
    for row in session.index.versions():
        by_series.setdefault(row.series, []).append(row)
    for _, rows in sorted(by_series.items()):
        new = [r for r in rows if (r.when or "") >= since]
        if not new:
            continue
        before = [r for r in rows if (r.when or "") < since]
        base = before[-1] if before else (rows[0] if len(rows) > 1 else None)
        out.append((new, base, rows[-1]))
    return out


def build_report(session: Session, since_text: str, out: Path) -> list[ReportRow]:
    """Write the site into ``out`` (index.html and series/<name>.html); return its rows."""
    since = parse_date(since_text)
    if since is None:
        raise CorpusError(f"--since {since_text!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    try:
        (out / "series").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write the report to {out}: {exc.strerror or exc}") from exc
    changed = changed_series(session, since)
    jobs = [(new, base, target) for new, base, target in changed if base is not None]
    args = [
        (
            _doc_path(session, base),
            _doc_path(session, target),
            f"../index.html#series-{target.series}",
            f"All changes since {since}",
        )
        for _, base, target in jobs
        if base is not None
    ]
    pages = iter(run_map(render_series_page, args, jobs=session.jobs, label="report", pool=session.pool))
    rows: list[ReportRow] = []
    for new, base, target in changed:
        page, counts = (None, None) if base is None else next(pages)
        rows.append(_row(new, base, target, page, counts, out))
    rows.sort(key=lambda r: (-r.substantive, -r.editorial, r.series))
    write_atomic(out / "index.html", _index_page(session, since, rows), durable=False)
    return rows


def _doc_path(session: Session, row: VersionRow) -> str:
    return str(session.layout.version_dir(row.series, row.version) / "document.json")


def _row(
    new: list[VersionRow],
    base: VersionRow | None,
    target: VersionRow,
    page: str | None,
    counts: dict[str, int] | None,
    out: Path,
) -> ReportRow:
    href = None
    if page is not None:
        name = slug(target.series, fallback="series") + ".html"
        write_atomic(out / "series" / name, page, durable=False)
        href = f"series/{name}"
    notes = []
    if base is None:
        notes.append("new series (one version)")
    elif base in new:
        notes.append("new series")
    if target.status in UNFINISHED:
        notes.append(f"latest version is {target.status}, not final")
    notes += [f"{r.version} was published {r.status}" for r in new if r is not target and r.status in UNFINISHED]
    note = "; ".join(notes)
    return ReportRow(
        series=target.series,
        title=target.title,
        base=base.version if base else None,
        target=target.version,
        date=target.when,
        status=target.status,
        versions=len(new),
        page=href,
        note=note,
        **{k: (counts or {}).get(k, 0) for k in ("substantive", "editorial", "added", "removed")},
    )


def _index_page(session: Session, since: str, rows: list[ReportRow]) -> str:
    script = _asset("sort.js")
    digest = base64.b64encode(hashlib.sha256(str(script).encode()).digest()).decode()
    totals = {k: sum(getattr(r, k) for r in rows) for k in ("substantive", "editorial")}
    template = _environment().get_template("corpus/index.html.j2")
    return str(
        template.render(
            rows=rows,
            since=since,
            corpus_name=session.layout.root.resolve().name,
            totals=totals,
            columns=COLUMNS,
            css=_asset("style.css"),
            script=script,
            script_hash=f"sha256-{digest}",
        )
    )


__all__ = ["ReportRow", "build_report", "changed_series", "render_diff_page"]
