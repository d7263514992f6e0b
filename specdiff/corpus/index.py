"""The SQLite index: a cache of what the files say, for listing, ordering and full-text search.

Nothing here is the truth; the version folders are. The index can be deleted at any time and is
rebuilt from them (``corpus reindex``), so its schema can change by bumping ``SCHEMA`` — an
index of another schema, or one SQLite cannot read, is thrown away and rebuilt with a warning.
Each row remembers the size and modification time of the files it was built from (``stamp``),
which is how a later run notices folders that were added, removed or edited behind its back.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from ..errors import CorpusError
from .identify import SeriesKeys, sort_key
from .transactions import Transactions

SCHEMA = "9"
_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE versions(
  series TEXT NOT NULL, version TEXT NOT NULL, ord INTEGER NOT NULL DEFAULT 0,
  date TEXT, status TEXT NOT NULL, as_of TEXT, title TEXT,
  source TEXT NOT NULL, original_name TEXT, sha256 TEXT NOT NULL, content TEXT NOT NULL,
  doc_id TEXT NOT NULL, stamp TEXT NOT NULL, clauses INTEGER NOT NULL DEFAULT 0, given_as_of TEXT, as_of_from TEXT,
  PRIMARY KEY(series, version));
CREATE INDEX versions_by_sha ON versions(sha256);
CREATE INDEX versions_by_content ON versions(series, content);
CREATE TABLE codes(series TEXT NOT NULL, version TEXT NOT NULL, code TEXT NOT NULL);
CREATE INDEX codes_by_series ON codes(series, version);
CREATE INDEX codes_by_code ON codes(code);
CREATE TABLE title_keys(series TEXT NOT NULL, version TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX keys_by_series ON title_keys(series, version);
CREATE INDEX keys_by_key ON title_keys(key);
CREATE TABLE steps(
  series TEXT NOT NULL, version TEXT NOT NULL, prev TEXT NOT NULL, pair TEXT NOT NULL,
  substantive INTEGER NOT NULL, editorial INTEGER NOT NULL, added INTEGER NOT NULL,
  removed INTEGER NOT NULL, modified INTEGER NOT NULL, moved INTEGER NOT NULL, metadata INTEGER NOT NULL,
  PRIMARY KEY(series, version));
CREATE TABLE clause_rows(
  series TEXT NOT NULL, version TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,
  PRIMARY KEY(series, version));
CREATE VIRTUAL TABLE clauses USING fts5(
  text, heading, series UNINDEXED, version UNINDEXED, section UNINDEXED, title UNINDEXED, clause UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2');
"""
_LATEST = "SELECT v.version FROM versions v WHERE v.series = c.series ORDER BY v.ord DESC LIMIT 1"
STEP_FIELDS = ("substantive", "editorial", "added", "removed", "modified", "moved", "metadata")


class IndexCorrupt(Exception):
    """The index file cannot be used; the caller deletes it and rebuilds from the files."""


@dataclass(frozen=True, slots=True)
class VersionRow:
    series: str
    version: str
    ord: int
    date: str | None
    status: str
    as_of: str | None
    title: str | None
    source: str
    original_name: str | None
    sha256: str
    content: str
    doc_id: str
    stamp: str
    clauses: int = 0
    given_as_of: str | None = None  # the as-of date document.json keeps (as_of may come from the folder name)
    as_of_from: str | None = None  # "given" (--as-of, set-date) or "added" (the day it was added)

    @property
    def when(self) -> str | None:
        """The date the version is placed at: printed, else its as-of date."""
        return self.date or self.as_of

    @property
    def dated(self) -> str | None:
        """Where :attr:`when` comes from: "printed", "given" (--as-of, set-date, or the folder
        name), "added" (no date printed or given: the day it was added); None if undated."""
        if self.date:
            return "printed"
        if self.as_of is None:
            return None
        return self.as_of_from or "given"


@dataclass(frozen=True, slots=True)
class StepCounts:
    """Counts of changes from the previous version (``prev``) to this one."""

    series: str
    version: str
    prev: str
    pair: str
    substantive: int
    editorial: int
    added: int
    removed: int
    modified: int
    moved: int
    metadata: int


@dataclass(frozen=True, slots=True)
class ClauseRow:
    text: str
    heading: str
    section: str
    title: str | None
    clause: str


@dataclass(frozen=True, slots=True)
class Hit:
    series: str
    version: str
    section: str
    heading: str
    title: str | None
    clause: str
    snippet: str


# The columns of the versions table, which are VersionRow's fields in order (read one by one:
# dataclasses.astuple deep-copies every value, a fifth of put_version's time).
_ROW_COLUMNS = tuple(field.name for field in fields(VersionRow))


class Index(Transactions):
    """A connection to ``index.sqlite`` with the few queries the corpus commands need."""

    @classmethod
    def open(cls, path: Path, *, timeout: float = 30.0) -> Index:
        """Open (creating if absent) an index; raise IndexCorrupt for one that cannot be used.

        ``timeout``: seconds to wait for a lock another program holds on the file; after it,
        CorpusError (the index is someone else's at the moment, not damaged)."""
        if path.is_dir() or (path.exists() and not path.is_file()):
            raise IndexCorrupt("it is not a file")
        fresh = not path.exists()
        try:
            conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if fresh or not _has_meta(conn):
                conn.executescript(_DDL)
                conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
            _validate(conn)
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise busy_error(path, timeout) from exc
            raise IndexCorrupt(str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise IndexCorrupt(str(exc)) from exc
        return cls(conn)

    @classmethod
    def snapshot(cls, path: Path | None) -> Index:
        """An in-memory copy of the index at ``path`` (or an empty index), for a corpus this
        process may not write: it is brought up to date like the real one, and then forgotten.
        An index that cannot be read is replaced by an empty one, rebuilt from the files."""
        memory = sqlite3.connect(":memory:", isolation_level=None)
        if path is not None and path.is_file():
            try:
                source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
                try:
                    source.backup(memory)
                finally:
                    source.close()
                _validate(memory)
                return cls(memory)
            except (sqlite3.DatabaseError, IndexCorrupt):
                memory.close()
                memory = sqlite3.connect(":memory:", isolation_level=None)
        memory.executescript(_DDL)
        memory.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
        return cls(memory)

    def close(self) -> None:
        self.conn.close()

    def check(self) -> None:
        """SQLite's own consistency check; IndexCorrupt if it finds anything."""
        try:
            result = self.conn.execute("PRAGMA quick_check").fetchone()
            self.conn.execute("INSERT INTO clauses(clauses) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            raise IndexCorrupt(str(exc)) from exc
        if result is None or result[0] != "ok":
            raise IndexCorrupt(str(result[0] if result else "no answer"))

    # ------------------------------------------------------------------ writing

    def put_version(
        self,
        row: VersionRow,
        codes: Sequence[str],
        keys: Sequence[str],
        clauses: Iterable[ClauseRow],
    ) -> None:
        """Replace everything known about one version (call inside a transaction)."""
        self.drop_version(row.series, row.version, keep_step=True)
        self.conn.execute(
            "INSERT INTO versions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [getattr(row, name) for name in _ROW_COLUMNS],  # the columns are the fields, in order
        )
        self.conn.executemany("INSERT INTO codes VALUES (?,?,?)", [(row.series, row.version, c) for c in codes])
        self.conn.executemany("INSERT INTO title_keys VALUES (?,?,?)", [(row.series, row.version, k) for k in keys])
        # Explicit rowids, one run per version, so dropping a version deletes a range instead of
        # scanning the whole full-text table for its UNINDEXED series/version columns.
        start = (self.conn.execute("SELECT max(rowid) FROM clauses").fetchone()[0] or 0) + 1
        values = [
            (start + i, c.text, c.heading, row.series, row.version, c.section, c.title, c.clause)
            for i, c in enumerate(clauses)
        ]
        self.conn.executemany(
            "INSERT INTO clauses(rowid, text, heading, series, version, section, title, clause)"
            " VALUES (?,?,?,?,?,?,?,?)",
            values,
        )
        self.conn.execute(
            "INSERT INTO clause_rows VALUES (?,?,?,?)", (row.series, row.version, start, start + len(values) - 1)
        )

    def drop_version(self, series: str, version: str, *, keep_step: bool = False) -> None:
        span = self.conn.execute(
            "SELECT first, last FROM clause_rows WHERE series = ? AND version = ?", (series, version)
        ).fetchone()
        if span:
            self.conn.execute("DELETE FROM clauses WHERE rowid BETWEEN ? AND ?", span)
        for table in ("versions", "codes", "title_keys", "clause_rows") + (() if keep_step else ("steps",)):
            self.conn.execute(f"DELETE FROM {table} WHERE series = ? AND version = ?", (series, version))

    def reorder(self, series: str) -> list[VersionRow]:
        """Renumber a series' versions in publication order and drop steps whose base moved."""
        rows = sorted(self.versions(series), key=lambda r: sort_key(r.date, r.status, r.as_of, r.version))
        self.conn.executemany(
            "UPDATE versions SET ord = ? WHERE series = ? AND version = ?",
            [(i, r.series, r.version) for i, r in enumerate(rows)],
        )
        if rows:  # the first version has no predecessor, so no step
            self.conn.execute("DELETE FROM steps WHERE series = ? AND version = ?", (series, rows[0].version))
        return self.versions(series)

    def put_step(self, step: StepCounts) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO steps VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (step.series, step.version, step.prev, step.pair, *(getattr(step, f) for f in STEP_FIELDS)),
        )

    # ------------------------------------------------------------------ reading

    def versions(self, series: str | None = None) -> list[VersionRow]:
        sql = "SELECT * FROM versions" + (" WHERE series = ?" if series is not None else "") + " ORDER BY series, ord"
        return [VersionRow(*r) for r in self.conn.execute(sql, (series,) if series is not None else ())]

    def series_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT series FROM versions ORDER BY series")]

    def series_keys(self, codes: Sequence[str], keys: Sequence[str]) -> list[SeriesKeys]:
        """The series sharing a code or a title key with a document: its only candidates."""
        names = {r[0] for c in codes for r in self.conn.execute("SELECT series FROM codes WHERE code = ?", (c,))}
        names |= {r[0] for k in keys for r in self.conn.execute("SELECT series FROM title_keys WHERE key = ?", (k,))}
        out = []
        for name in sorted(names):
            series_codes = frozenset(
                r[0] for r in self.conn.execute("SELECT code FROM codes WHERE series = ?", (name,))
            )
            series_keys = frozenset(
                r[0] for r in self.conn.execute("SELECT key FROM title_keys WHERE series = ?", (name,))
            )
            out.append(SeriesKeys(name, series_codes, series_keys))
        return out

    def same_content(self, series: str, content: str) -> str | None:
        """The version of ``series`` whose words hash to ``content`` (the same text from another file)."""
        row = self.conn.execute(
            "SELECT version FROM versions WHERE series = ? AND content = ? ORDER BY version", (series, content)
        ).fetchone()
        return row[0] if row else None

    def has_sha(self, sha256: str) -> tuple[str, str] | None:
        """The version stored from exactly these bytes, if any."""
        row = self.conn.execute(
            "SELECT series, version FROM versions WHERE sha256 = ? ORDER BY series, version", (sha256,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def steps(self, series: str) -> dict[str, StepCounts]:
        rows = self.conn.execute("SELECT * FROM steps WHERE series = ?", (series,))
        return {r[1]: StepCounts(*r) for r in rows}

    def search(self, text: str, *, limit: int, all_versions: bool, raw: bool = False) -> list[Hit]:
        """Clauses matching ``text`` (every word, any order; FTS5 syntax with ``raw``), best first."""
        query = text if raw else fts_query(text)
        latest = "" if all_versions else f" AND c.version = ({_LATEST})"
        sql = (
            "SELECT c.series, c.version, c.section, c.heading, c.title, c.clause,"
            " snippet(clauses, 0, '[', ']', '…', 16) FROM clauses c"
            f" WHERE clauses MATCH ?{latest} ORDER BY bm25(clauses), c.series, c.version LIMIT ?"
        )
        return [Hit(*r) for r in self.conn.execute(sql, (query, limit))]


def fts_query(text: str) -> str:
    """Plain words as an FTS5 query that needs every word: punctuation can never be syntax."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


_TABLES = frozenset(re.findall(r"CREATE (?:VIRTUAL )?TABLE (\w+)", _DDL))


def _validate(conn: sqlite3.Connection) -> None:
    """IndexCorrupt unless the index has this specdiff's schema and every one of its tables: an
    index missing its full-text table would otherwise fail every search without a rebuild."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None or row[0] != SCHEMA:
        raise IndexCorrupt(f"it has schema {row[0] if row else None!r}, this specdiff needs {SCHEMA!r}")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(_TABLES - names)
    if missing:
        raise IndexCorrupt(f"its table {missing[0]} is missing")
    conn.execute("SELECT count(*) FROM versions").fetchone()


def is_busy(exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because another connection holds a lock (not because of damage)."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def busy_error(path: Path, waited: float) -> CorpusError:
    return CorpusError(
        f"the index {path} is locked by another program; waited {waited:g}s (retry, or pass --wait SECONDS)"
    )


def _has_meta(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is not None


def remove_index(path: Path) -> None:
    """Delete an index and its WAL files (it is only a cache), whatever stands at their names:
    a folder called index.sqlite inside the cache folder is removed like a damaged file."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        target = Path(str(path) + suffix)
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)


__all__ = [
    "ClauseRow",
    "Hit",
    "Index",
    "IndexCorrupt",
    "StepCounts",
    "VersionRow",
    "busy_error",
    "fts_query",
    "is_busy",
    "remove_index",
]
