"""The corpus as a library user and the command line see it: one object, one method per command.

Each method opens the corpus for that one operation (a :class:`~.session.Session`), brings the
index up to date with the files, does its work and closes it, so the object itself holds no
open file and can be kept as long as wanted. The policy for an index that fails is here, once,
for everyone: an index another program has locked is waited for (``wait``) and then reported;
an index that turns out damaged in the middle of a reading command is rebuilt from the files
and the command run once more; a corpus this process cannot write is read through an in-memory
copy of its index. Nothing is printed: warnings and progress go to ``notify``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..errors import CorpusError

if TYPE_CHECKING:
    from ..model import Diff, Document
    from .add import Outcome
    from .dating import Redated
    from .history import LogEntry, Previous, SeriesSummary
    from .index import Hit
    from .review import Imported
    from .session import Session
    from .site import ReportRow

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Indexed:
    """What ``init`` and ``reindex`` did: versions and series indexed, folders reread."""

    versions: int
    series: int
    reread: int
    created: bool = False


def _quiet(message: str) -> None:
    """The default ``notify``: a library never prints."""


class Corpus:
    """A folder of published standards and their versions (docs/corpus.md).

    ``wait``: seconds to wait for another writer; ``jobs``: worker processes for parsing and
    comparing; ``ocr``: which PDF pages are read by OCR (``auto``, ``always``, ``never``), in
    this process and in every worker; ``notify``: where warnings and notes go.
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        wait: float = 30.0,
        jobs: int = 1,
        ocr: str = "auto",
        notify: Callable[[str], None] = _quiet,
    ) -> None:
        self.root = Path(root)
        self.wait = wait
        self.jobs = jobs
        self.ocr = ocr
        self.notify = notify

    def __repr__(self) -> str:
        return f"Corpus({str(self.root)!r})"

    # ------------------------------------------------------------------ writing

    def init(self) -> Indexed:
        """Make the folder a corpus (and index any version folders already in it)."""
        from .session import init_corpus
        from .sync import sync

        created = init_corpus(self.root)
        with self._writing("init") as session:
            reread = sync(session)
            versions = session.index.versions()
        return Indexed(len(versions), len({v.series for v in versions}), reread, created)

    def add(
        self, files: Sequence[str | os.PathLike[str]], *, as_of: str | None = None, series: str | None = None
    ) -> list[Outcome]:
        """Add published files (one Outcome each, in order); identical content already in the
        corpus is left as it is. A file that prints no date is filed as of ``as_of``, else as of
        today; the bytes of a version already in the corpus, given again with ``as_of``, are
        dated as ``set_date`` would."""
        from .add import add_files

        with self._writing(None) as session:
            return add_files(session, [Path(f) for f in files], as_of=as_of, series=series)

    def set_date(self, series: str, version: str, date: str) -> Redated:
        """File a version as of ``date`` (the day it was published, when it prints none)."""
        from .dating import redate
        from .history import resolve_series, resolve_version, versions_of
        from .lock import locked
        from .place import as_of_date
        from .sync import sync

        iso = as_of_date(date, "DATE")
        with self._writing(None) as session, locked(session.layout.lock, wait=self.wait, purpose="set-date"):
            sync(session)
            row = resolve_version(versions_of(session, resolve_series(session, series)), version, option="VERSION")
            return redate(session, row, iso)

    def reindex(self) -> Indexed:
        """Rebuild the index from the files; reparse only documents whose source or parser changed."""
        import sqlite3

        from .index import IndexCorrupt, is_busy
        from .sync import rebuild_index, sync

        with self._writing("reindex") as session:
            try:
                session.index.check()
                reread = sync(session, verify=True)
            except (IndexCorrupt, sqlite3.DatabaseError) as exc:
                if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
                    raise
                rebuild_index(session, str(exc))
                reread = len(session.index.versions())
            versions = session.index.versions()
        return Indexed(len(versions), len({v.series for v in versions}), reread)

    def import_review(self, file: str | os.PathLike[str]) -> Imported:
        """Keep a review.json exported from a change report beside the version it reviews."""
        from .review import import_review

        return self._reading(lambda s: import_review(s, Path(file)))

    # ------------------------------------------------------------------ reading

    def list_series(self) -> list[SeriesSummary]:
        """Every series with its number of versions, dates and latest status."""
        from .history import list_series

        return self._reading(list_series)

    def log(self, series: str) -> list[LogEntry]:
        """Each version of a series (by folder name, code or title) with its counts of changes."""
        from .history import series_log

        return self._reading(lambda s: series_log(s, series))

    def diff(self, series: str, old: str | None = None, new: str | None = None) -> Diff:
        """Compare two versions of a series (by default the last two)."""
        from .history import series_diff

        return self._reading(lambda s: series_diff(s, series, old, new))

    def report(self, since: str, out: str | os.PathLike[str]) -> list[ReportRow]:
        """Write a static site of the series changed since ``since`` into the folder ``out``."""
        from .site import build_report

        return self._reading(lambda s: build_report(s, since, Path(out)))

    def search(self, text: str, *, limit: int = 20, all_versions: bool = False, raw: bool = False) -> list[Hit]:
        """Clauses matching every word of ``text`` (an FTS5 query with ``raw``), best first."""
        import sqlite3

        from .index import fts_query, is_busy

        if not raw and not fts_query(text):
            raise CorpusError(f"nothing to search for in {text!r}: give words (letters or digits)")

        def run(session: Session) -> list[Hit]:
            try:
                return list(session.index.search(text, limit=limit, all_versions=all_versions, raw=raw))
            except sqlite3.OperationalError as exc:
                if is_busy(exc):
                    raise
                raise CorpusError(f"cannot search for {text!r}: {exc}") from exc

        return self._reading(run)

    def previous_version(self, doc: Document) -> Previous | None:
        """The stored version ``doc`` follows in its series, found as ``add`` would file ``doc``."""
        from .history import previous_version

        return self._reading(lambda s: previous_version(s, doc))

    # ------------------------------------------------------------------ the index policy

    def _open(self, *, reading: bool) -> Session:
        from .session import open_session

        return open_session(self.root, self.notify, wait=self.wait, jobs=self.jobs, ocr=self.ocr, reading=reading)

    def _reading(self, query: Callable[[Session], T]) -> T:
        """Run a query on an up-to-date index; an index that fails mid-query is rebuilt once.

        A corpus this process cannot write is read through an in-memory copy of its index; an
        index locked by another program is waited for (``wait``), then reported, never rebuilt."""
        import sqlite3

        from .index import busy_error, is_busy
        from .lock import locked
        from .sync import ensure_synced, rebuild_index

        session = self._open(reading=True)
        try:
            try:
                ensure_synced(session)
                return query(session)
            except sqlite3.DatabaseError as exc:
                if is_busy(exc):
                    raise busy_error(session.layout.index, self.wait) from exc
                broken = str(exc)
            if session.read_only:
                rebuild_index(session, broken)
            else:
                with locked(session.layout.lock, wait=self.wait, purpose="reindex"):
                    rebuild_index(session, broken)
            return query(session)
        finally:
            session.close()

    @contextmanager
    def _writing(self, purpose: str | None) -> Iterator[Session]:
        """A writable session (held under the write lock when ``purpose`` names the command); an
        index another program has locked is reported after ``wait`` (CorpusError)."""
        import sqlite3

        from .index import busy_error, is_busy
        from .layout import Layout
        from .lock import locked

        session: Session | None = None
        try:
            session = self._open(reading=False)
            if purpose is None:
                yield session
            else:
                with locked(session.layout.lock, wait=self.wait, purpose=purpose):
                    yield session
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise busy_error(Layout(self.root).index, self.wait) from exc
            raise
        finally:
            if session is not None:
                session.close()


__all__ = ["Corpus", "Indexed"]
