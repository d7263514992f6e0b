"""Reading a corpus: its series, one series' history, and the diff between two of its versions.

A user names a series the way they know it — its folder name, its occupation code or its title —
and a version by its folder name, a unique prefix of it (``2024``), or ``first``, ``latest``,
``previous``. Anything that does not resolve gets one line naming what would have.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from ..model import Diff, Document
from ..model.identity import title_key
from .identify import facts_of, identify, sort_key
from .index import StepCounts, VersionRow
from .session import Session
from .sync import load_version


@dataclass(frozen=True, slots=True)
class SeriesSummary:
    name: str
    title: str | None
    versions: int
    first: str | None
    last: str | None
    status: str
    latest: str

    def to_json(self) -> dict[str, object]:
        return {
            "series": self.name,
            "title": self.title,
            "versions": self.versions,
            "first_date": self.first,
            "last_date": self.last,
            "status": self.status,
            "latest": self.latest,
        }


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One version of a series and the counts of changes from the one before (None for the first)."""

    row: VersionRow
    step: StepCounts | None
    reviewed: str | None = None  # "12/14": approved in the review kept beside it, of its substantive changes

    def to_json(self) -> dict[str, object]:
        step = self.step
        return {
            "version": self.row.version,
            "date": self.row.date,
            "as_of": self.row.as_of,
            "dated": self.row.dated,
            "status": self.row.status,
            "title": self.row.title,
            "source": self.row.source,
            "original_name": self.row.original_name,
            "sha256": self.row.sha256,
            "previous": step.prev if step else None,
            "substantive": step.substantive if step else None,
            "editorial": step.editorial if step else None,
            "changes": None
            if step is None
            else {k: getattr(step, k) for k in ("added", "removed", "modified", "moved", "metadata")},
            "reviewed": self.reviewed,
        }


def list_series(session: Session) -> list[SeriesSummary]:
    """Every series with its number of versions, date range and latest status."""
    by_series: dict[str, list[VersionRow]] = {}
    for row in session.index.versions():
        by_series.setdefault(row.series, []).append(row)
    return [
        SeriesSummary(name, rows[-1].title, len(rows), rows[0].when, rows[-1].when, rows[-1].status, rows[-1].version)
        for name, rows in sorted(by_series.items())
    ]


def resolve_series(session: Session, text: str) -> str:
    """A series by folder name, else by occupation code, else by title or alias."""
    names = session.index.series_names()
    if text in names:
        return text
    conn = session.index.conn
    by_code = sorted({r[0] for r in conn.execute("SELECT series FROM codes WHERE code = ?", (text.strip().upper(),))})
    by_title = sorted({r[0] for r in conn.execute("SELECT series FROM title_keys WHERE key = ?", (title_key(text),))})
    found = by_code or by_title
    if len(found) == 1:
        return found[0]
    if found:
        raise CorpusError(f"{text!r} names several series ({', '.join(found)}); give the folder name")
    hint = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    raise CorpusError(f"no series {text!r} in the corpus (series: {hint or 'none yet'}; see `specdiff corpus list`)")


def versions_of(session: Session, series: str) -> list[VersionRow]:
    rows = session.index.versions(series)
    if not rows:
        raise CorpusError(f"series {series!r} has no versions")
    return rows


def resolve_version(rows: list[VersionRow], spec: str, *, option: str) -> VersionRow:
    """A version by name, unique prefix, or ``first``/``latest``/``previous``."""
    special = {"first": 0, "latest": -1, "last": -1, "previous": -2}
    if spec in special:
        if len(rows) < 2 and spec == "previous":
            raise CorpusError(f"{option} previous: series {rows[0].series} has only one version")
        return rows[special[spec]]
    exact = [r for r in rows if r.version == spec]
    prefixed = exact or [r for r in rows if r.version.startswith(spec)]
    if len(prefixed) == 1:
        return prefixed[0]
    names = ", ".join(r.version for r in (prefixed or rows))
    what = "is ambiguous" if prefixed else "matches no version"
    raise CorpusError(f"{option} {spec!r} {what} of series {rows[0].series} (versions: {names})")


def series_log(session: Session, series: str) -> list[LogEntry]:
    name = resolve_series(session, series)
    from .review import reviewed_count

    steps = session.index.steps(name)
    rows = versions_of(session, name)
    entries = []
    for i, row in enumerate(rows):
        step = steps.get(row.version) if i else None
        total = step.substantive if step else None
        entries.append(LogEntry(row, step, reviewed_count(session, row, rows[i - 1] if i else None, total)))
    return entries


@dataclass(frozen=True, slots=True)
class Previous:
    """The stored version a standard follows, and the other versions of its series."""

    row: VersionRow
    document: Document
    path: Path  # its document.json
    others: tuple[Document, ...] = ()  # every other version of the series, oldest first


def previous_version(session: Session, doc: Document) -> Previous | None:
    """The stored version that precedes ``doc`` in its series (for ``specdiff check --corpus``).

    The same bytes stored: the version before them. Otherwise the series is identified exactly as
    ``add`` would identify it, and the latest version placed before ``doc``'s date and status is
    returned (the latest of all when ``doc`` prints no date). None for a standard ``add`` would
    file as a new series, or as the first version of its series.
    """
    same = session.index.has_sha(doc.source.sha256)
    if same is None:
        facts = facts_of(doc)
        match = identify(facts, session.index.series_keys(facts.codes, facts.keys))
        if match.series is None:
            return None
        rows = session.index.versions(match.series)
        if facts.date is None:
            earlier = rows
        else:
            key = sort_key(facts.date, facts.status, None, "")
            earlier = [r for r in rows if sort_key(r.date, r.status, r.as_of, r.version) < key]
    else:
        rows = session.index.versions(same[0])
        earlier = [r for r in rows if r.ord < next(r.ord for r in rows if r.version == same[1])]
    if not earlier:
        return None
    row = earlier[-1]
    others = tuple(load_version(session, r) for r in rows if r is not row and r.sha256 != doc.source.sha256)
    path = session.layout.version_dir(row.series, row.version) / "document.json"
    return Previous(row, load_version(session, row), path, others)


def pick_pair(rows: list[VersionRow], old: str | None, new: str | None) -> tuple[VersionRow, VersionRow]:
    """Default: the latest version against the one before it."""
    if len(rows) < 2 and (old is None or new is None):
        raise CorpusError(f"series {rows[0].series} has only one version ({rows[0].version}); nothing to compare")
    to = resolve_version(rows, new, option="--to") if new else rows[-1]
    if old:
        return resolve_version(rows, old, option="--from"), to
    before = [r for r in rows if r.ord < to.ord]
    if not before:
        raise CorpusError(f"--to {to.version} is the first version of {to.series}; give --from as well")
    return before[-1], to


def series_diff(session: Session, series: str, old: str | None = None, new: str | None = None) -> Diff:
    """Compare two versions of a series (by default the last two)."""
    from ..diff import compare

    name = resolve_series(session, series)
    base, target = pick_pair(versions_of(session, name), old, new)
    return compare(load_version(session, base), load_version(session, target))


__all__ = [
    "LogEntry",
    "Previous",
    "SeriesSummary",
    "list_series",
    "pick_pair",
    "previous_version",
    "resolve_series",
    "resolve_version",
    "series_diff",
    "series_log",
    "versions_of",
]
