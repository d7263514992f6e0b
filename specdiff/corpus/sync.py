"""Keeping the index true to the files: the step every corpus command starts with.

The version folders are the truth; the index is a cache of them. ``sync`` compares each folder's
file sizes and times with what the index recorded, rereads only folders that differ, reparses a
published file only when its document.json is missing, damaged, made from other bytes or by
another parser, and recomputes the counts of changes only for pairs of versions that changed.
That one routine is also crash recovery: whatever a killed ``add`` or ``reindex`` left half done
is a folder the index does not know yet, and the next run finishes it.

Read top to bottom, ``sync`` is the corpus's sequence: scan the folders, read (or parse, in the
pool) each one that changed, write its document.json again if it had to be parsed, index it,
then count the changes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import CorpusError
from ..files import write_atomic
from ..model import Document
from .index import Index, VersionRow, remove_index
from .layout import VersionFolder, scan
from .lock import locked
from .record import doc_id, index_version, recovered, stamp
from .session import Session
from .steps import missing_steps, update_steps
from .store import Bookkeeping, flush_to_disk, read_stored, sha256_file
from .work import describe, prepare_file, run_map


def pending(session: Session) -> tuple[list[VersionFolder], list[tuple[str, str]], bool]:
    """What the index does not reflect: folders to (re)read, versions gone, and steps missing."""
    known = {(r.series, r.version): r for r in session.index.versions()}
    folders: list[VersionFolder] = []
    seen: set[tuple[str, str]] = set()
    for folder in scan(session.layout):
        if folder.problem or folder.source is None:
            session.warn(f"{folder.series}/{folder.version} skipped: {folder.problem}")
            continue
        seen.add((folder.series, folder.version))
        row = known.get((folder.series, folder.version))
        if row is None or row.stamp != stamp(folder) or row.doc_id != doc_id(row.sha256):
            folders.append(folder)
    gone = sorted(set(known) - seen)
    return folders, gone, bool(missing_steps(session, session.index.series_names()))


def in_sync(session: Session) -> bool:
    folders, gone, steps = pending(session)
    return not (folders or gone or steps)


def ensure_synced(session: Session) -> None:
    """For reading commands: bring the index up to date if it lags, taking the lock only then.

    If another process is writing, read the index as it stands (its snapshot is consistent)
    rather than wait, and say so.
    """
    if in_sync(session):
        return
    if session.read_only:  # nobody can write it, so no lock: the in-memory index is ours alone
        sync(session)
        return
    try:
        with locked(session.layout.lock, wait=0, purpose="sync"):
            sync(session)
    except CorpusError:
        session.warn("another specdiff process is writing to the corpus; showing the index as it stands")


def rebuild_index(session: Session, reason: str) -> None:
    """Throw the index away and build a new one from the files (caller holds the lock)."""
    session.warn(f"the index {session.layout.index} is unusable ({reason}); rebuilding it from the files")
    session.index.close()
    if not session.read_only:
        remove_index(session.layout.index)
    if session.read_only:
        session.index = Index.snapshot(None)
    else:
        session.index = Index.open(session.layout.index, timeout=session.wait)
    sync(session)


def sync(session: Session, *, verify: bool = False) -> int:
    """Make the index match the files (caller holds the lock). Returns how many folders were reread.

    With ``verify`` every folder is rehashed and every document.json rechecked, not only those
    whose size or time changed (``corpus reindex``).
    """
    if not session.read_only and session.layout.tmp.exists():
        shutil.rmtree(session.layout.tmp, ignore_errors=True)  # folders a killed run was assembling
    folders, gone, _ = pending(session)
    known = {(r.series, r.version): r for r in session.index.versions()}
    if verify:
        folders = [f for f in scan(session.layout) if f.source is not None and not f.problem]
    with session.index.batch():
        with session.index.transaction():
            for series, version in gone:
                session.index.drop_version(series, version)
        reparse: list[tuple[VersionFolder, Path, Bookkeeping | None]] = []
        for folder in folders:
            found = _read(session, folder, known.get((folder.series, folder.version)))
            if found is not None:
                reparse.append(found)
        _reparse(session, reparse)
        # Every series, not only those reread: counts a killed run never computed are missing
        # from series whose folders are all in place, and this is the one routine that repairs them.
        update_steps(session, session.index.series_names())
    return len(folders)


def _read(
    session: Session, folder: VersionFolder, row: VersionRow | None
) -> tuple[VersionFolder, Path, Bookkeeping | None] | None:
    """Index a folder from its document.json when that can be trusted; else what to reparse."""
    assert folder.source is not None
    try:
        sha = sha256_file(folder.source)
    except OSError as exc:  # one unreadable file is that version's problem, not the corpus's
        session.warn(f"{folder.series}/{folder.version} skipped: cannot read {folder.source.name}: {exc.strerror}")
        return None
    stored = read_stored(folder.document, source_sha256=sha)
    usable = stored.problem is None or (session.read_only and not stored.corrupt)  # stale, but not rewritable
    if stored.document is not None and stored.bookkeeping is not None and usable:
        if row and (row.sha256, row.doc_id, row.stamp) == (sha, doc_id(sha), stamp(folder)):
            return None  # verified: the index already says exactly this
        index_version(session, folder, describe(stored.document, stored.bookkeeping))
        return None
    if stored.corrupt:
        session.warn(f"{folder.series}/{folder.version}: {stored.problem}; rebuilding it from {folder.source.name}")
    kept = None if stored.corrupt else stored.bookkeeping  # a damaged file's bookkeeping is not trusted
    return folder, folder.source, kept or recovered(row, sha)


def _reparse(session: Session, todo: list[tuple[VersionFolder, Path, Bookkeeping | None]]) -> None:
    """Parse the published files whose document.json could not be used (in the pool), write each
    document.json again and index it."""
    args = [
        (
            str(source),
            session.layout.relative(source),
            kept.original_name if kept else source.name,
            (kept.as_of, kept.as_of_from or "given") if kept and kept.as_of else None,
            session.ocr,
            session.layout.relative(source),
            source.name,
        )
        for _, source, kept in todo
    ]
    results = run_map(prepare_file, args, jobs=session.jobs, label="parsing", pool=session.pool)
    for (folder, _, _), prepared in zip(todo, results, strict=True):
        if prepared.error is not None:
            session.warn(f"{folder.series}/{folder.version}: cannot parse {folder.source}: {prepared.error}")
            continue
        if not session.read_only:  # a read-only corpus is indexed from the parse in memory
            write_atomic(folder.document, prepared.payload, durable=False)
        index_version(session, folder, prepared)
    if todo and not session.read_only:
        flush_to_disk()


def load_version(session: Session, row: VersionRow) -> Document:
    """The parsed document of an indexed version (reparsed in memory if its file is damaged)."""
    folder = session.layout.version_dir(row.series, row.version)
    stored = read_stored(folder / "document.json")
    if stored.document is not None and not stored.corrupt:
        return stored.document
    session.warn(f"{row.series}/{row.version}: {stored.problem}; run `specdiff corpus reindex` to rebuild it")
    from ..ingest import read
    from ..parsers import parse

    return parse(read(folder / row.source, name=f"{row.series}/{row.version}/{row.source}", ocr=session.ocr))


__all__ = ["ensure_synced", "in_sync", "load_version", "pending", "rebuild_index", "sync"]
