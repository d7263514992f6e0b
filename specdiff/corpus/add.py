"""``corpus add``: file newly published standards into their series, in publication order.

One file's way into the corpus, read top to bottom in :func:`add_files`:

1. identify: read, parse and describe it (in the pool: :func:`.work.prepare_file`), unless its
   exact bytes are already in the corpus;
2. place: its series (:func:`.place.series_for`) and its version folder, named for the date it
   is filed under (:func:`.place.version_for`);
3. write: the folder assembled aside and renamed into place (:func:`.store.write_version`);
4. index: the version recorded (:func:`.record.index_version`);
5. count: once every file is in, the changes from each version to the next
   (:func:`.steps.update_steps`).

A run killed at any point leaves either no folder or a complete one, and the next run indexes
whatever the index missed. A file that prints no date is filed as of the day it is added, and
says so; adding the same bytes again with ``--as-of`` dates it (as ``corpus set-date`` does).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from ..errors import CorpusError
from .dating import redate
from .layout import DOCUMENT, VersionFolder, is_safe_name
from .lock import locked
from .place import as_of_date, forced_series, series_for, version_for
from .record import index_version
from .session import Session
from .steps import update_steps
from .store import AS_OF_ADDED, AS_OF_GIVEN, flush_to_disk, sha256_file, write_version
from .sync import sync
from .work import Prepared, prepare_file, run_map, start_workers


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one file: ``added``, ``dated`` (already there, now filed as of the date
    given), ``unchanged`` (already there) or ``failed``."""

    file: str
    status: str
    message: str
    series: str | None = None
    version: str | None = None
    internal: bool = False  # failed on a bug of specdiff's (exit 3), not on the file


def add_files(
    session: Session,
    files: Sequence[Path],
    *,
    as_of: str | None = None,
    series: str | None = None,
) -> list[Outcome]:
    """Add published files to the corpus; one Outcome per file, in the order given."""
    given = as_of_date(as_of) if as_of else None
    forced = forced_series(series) if series else None
    outcomes: dict[int, Outcome] = {}
    with locked(session.layout.lock, wait=session.wait, purpose="add"):
        sync(session)  # finish whatever an interrupted run left
        for i, path in enumerate(files):  # known bytes need no parsing
            known = _known(session, path, given)
            if known:
                outcomes[i] = known
        todo = [i for i in range(len(files)) if i not in outcomes]
        if session.jobs > 1 and len(todo) > 1:
            start_workers()  # the server loads spaCy while this process goes on to its first batch
        filed = (given, AS_OF_GIVEN) if given else None
        today = Date.today().isoformat()
        args = [(str(files[i]), str(files[i]), files[i].name, filed, session.ocr, None, None, today) for i in todo]
        touched: set[str] = set()
        prepared_files = run_map(prepare_file, args, jobs=session.jobs, label="adding", pool=session.pool)
        with session.index.batch():
            for i, prepared in zip(todo, prepared_files, strict=True):
                outcomes[i] = _add_one(session, files[i], prepared, given, forced)
                if outcomes[i].status == "added":
                    touched.add(outcomes[i].series or "")
        if touched:
            flush_to_disk()
        with session.index.batch():
            update_steps(session, touched)
    return [outcomes[i] for i in range(len(files))]


def _add_one(session: Session, path: Path, prepared: Prepared, given: str | None, forced: str | None) -> Outcome:
    """Place, write and index one identified file; a file that cannot be added says why."""
    if prepared.error is not None:
        return Outcome(str(path), "failed", prepared.error, internal=prepared.internal)
    try:
        return _file_one(session, path, prepared, given, forced)
    except CorpusError as exc:
        return Outcome(str(path), "failed", f"cannot add {path}: {exc}")
    except OSError as exc:  # this file could not be copied in; the next one may be
        return Outcome(str(path), "failed", f"cannot add {path}: {exc.strerror or exc}")


def _known(session: Session, path: Path, given: str | None) -> Outcome | None:
    """The outcome for a file whose exact bytes are already in the corpus (None otherwise)."""
    try:
        sha = sha256_file(path)
    except OSError:
        return None  # parsing will say what is wrong with it
    return _already(session, path, session.index.has_sha(sha), given)


def _already(session: Session, path: Path, where: tuple[str, str] | None, given: str | None) -> Outcome | None:
    """Bytes already stored: nothing to do, or (with ``--as-of``) the version dated as given."""
    if where is None:
        return None
    row = next(r for r in session.index.versions(where[0]) if r.version == where[1])
    if given is not None and given != row.as_of:
        done = redate(session, row, given)
        renamed = f"; renamed from {done.old_version}" if done.version != done.old_version else ""
        message = f"{path}: already in the corpus as {done.series}/{done.version}; now filed as of {given}{renamed}"
        return Outcome(str(path), "dated", message, done.series, done.version)
    message = f"{path}: already in the corpus as {where[0]}/{where[1]}; nothing changed"
    return Outcome(str(path), "unchanged", message, *where)


def _file_one(session: Session, path: Path, prepared: Prepared, given: str | None, forced: str | None) -> Outcome:
    index, layout = session.index, session.layout
    facts, kept = prepared.facts, prepared.bookkeeping
    assert facts is not None and kept is not None
    same_bytes = _already(session, path, index.has_sha(kept.source_sha256), given)  # e.g. one file given twice
    if same_bytes:
        return same_bytes
    # place
    name, why = series_for(index, layout.root, facts, forced)
    same_text = index.same_content(name, facts.content)
    if same_text:
        message = f"{path}: same text as {name}/{same_text} (another file of the same version); nothing changed"
        return Outcome(str(path), "unchanged", message, name, same_text)
    version = version_for(layout, name, facts.date, facts.status, kept.as_of)
    if not (is_safe_name(name) and is_safe_name(version)):
        raise CorpusError(f"refusing the folder name {name}/{version}")
    # write
    folder = layout.version_dir(name, version)
    source_file = kept.source_file
    rel = f"{name}/{version}/{source_file}"
    payload = prepared.payload_at(rel)
    write_version(layout, path, source_file, kept.source_sha256, payload, folder)
    document = prepared.document_at(rel)
    if document is not None:
        session.remember(str(folder / DOCUMENT), payload, document)
    # index
    index_version(session, VersionFolder(name, version, folder, folder / source_file), prepared)
    message = f"added {name}/{version} ({path.name}; {why})"
    if kept.as_of_from == AS_OF_ADDED:
        message += (
            f"; no date printed: filed as of {kept.as_of}, the day it was added"
            f" (correct it with `specdiff corpus set-date {name} {version} DATE`)"
        )
    return Outcome(str(path), "added", message, name, version)


__all__ = ["Outcome", "add_files"]
