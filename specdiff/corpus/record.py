"""The index step of the corpus: one version, as the files say it, recorded in the index.

A version's row holds what listing, ordering and identifying need (dates, status, title, codes,
title keys, the clauses for search) and how to tell later that its files changed behind the
index's back: the sizes and times of the two files (``stamp``) and which bytes and which parser
made the document (``doc_id``).
"""

from __future__ import annotations

from ..model.identity import parse_date
from .index import VersionRow
from .layout import VersionFolder
from .session import Session
from .store import AS_OF_GIVEN, Bookkeeping, parser_fingerprint
from .work import Prepared


def stamp(folder: VersionFolder) -> str:
    """Sizes and modification times of a version's two files: cheap evidence of an edit."""
    parts = []
    for path in (folder.source, folder.document):
        try:
            st = path.stat() if path else None
        except OSError:
            st = None
        parts.append(f"{path.name if path else '-'}:{st.st_size}:{st.st_mtime_ns}" if st else "-")
    return "|".join(parts)


def doc_id(sha256: str) -> str:
    """Which bytes, read by which parser: a document.json made otherwise is reparsed."""
    return f"{sha256}:{parser_fingerprint()}"


def recovered(row: VersionRow | None, sha: str) -> Bookkeeping | None:
    """What the index remembers of a lost document.json (original file name, its as-of date)."""
    if row is None or row.sha256 != sha:
        return None
    as_of_from = row.as_of_from if row.given_as_of is not None else None
    return Bookkeeping(row.source, sha, row.original_name or row.source, row.given_as_of, "", "", as_of_from=as_of_from)


def index_version(session: Session, folder: VersionFolder, prepared: Prepared) -> None:
    """Record one version in the index, all of it or nothing (a transaction of its own, or a
    savepoint of the batch it is part of: see :meth:`.index.Index.batch`)."""
    facts, kept = prepared.facts, prepared.bookkeeping
    assert facts is not None and kept is not None, "index_version needs a described document"
    as_of, as_of_from = kept.as_of, kept.as_of_from
    if facts.date is None and as_of is None:
        as_of = parse_date(folder.version[:7])  # a folder made by hand keeps the date it is named for
        as_of_from = AS_OF_GIVEN if as_of else None
    row = VersionRow(
        series=folder.series,
        version=folder.version,
        ord=0,
        date=facts.date,
        status=facts.status,
        as_of=as_of,
        title=facts.title,
        source=kept.source_file,
        original_name=kept.original_name,
        sha256=kept.source_sha256,
        content=facts.content,
        doc_id=doc_id(kept.source_sha256),
        stamp=stamp(folder),
        clauses=prepared.count,
        given_as_of=kept.as_of,
        as_of_from=as_of_from,
    )
    with session.index.transaction():
        session.index.put_version(row, facts.codes, facts.keys, prepared.clauses)
        session.index.reorder(folder.series)


__all__ = ["doc_id", "index_version", "recovered", "stamp"]
