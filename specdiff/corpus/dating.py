"""``corpus set-date``: the date a version is filed as of, corrected after it was added.

A standard that prints no date is filed as of the day it was added (or the ``--as-of`` date
given then); when its publication date becomes known, the version is dated again. Nothing is
lost: the published file and its parsed document stay as they are, document.json records the
new date (written atomically, first), and the folder is renamed for it when the name came from
the old date, with everything in it (a review kept beside it included). The index then follows
the files, and the counts of changes are recomputed for the new order.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from ..errors import CorpusError
from ..files import write_atomic
from .index import VersionRow
from .place import version_for
from .session import Session
from .store import AS_OF_GIVEN, document_payload, read_stored
from .sync import sync


@dataclass(frozen=True, slots=True)
class Redated:
    """A version dated again: where it was, where it is, and the date it is now filed as of."""

    series: str
    old_version: str
    version: str
    as_of: str
    printed: str | None  # the date the version prints, which still places it when there is one


def redate(session: Session, row: VersionRow, as_of: str) -> Redated:
    """File version ``row`` as of ``as_of`` (caller holds the lock): its document.json records the
    date, its folder takes the name of that date unless a printed date names it, the index follows."""
    folder = session.layout.version_dir(row.series, row.version)
    stored = read_stored(folder / "document.json")
    if stored.document is None or stored.bookkeeping is None or stored.corrupt:
        raise CorpusError(f"{row.series}/{row.version}: {stored.problem}; run `specdiff corpus reindex` first")
    version = version_for(session.layout, row.series, row.date, row.status, as_of, taken=row.version)
    kept = replace(stored.bookkeeping, as_of=as_of, as_of_from=AS_OF_GIVEN)
    source = replace(stored.document.source, path=f"{row.series}/{version}/{kept.source_file}")
    write_atomic(folder / "document.json", document_payload(replace(stored.document, source=source), kept))
    if version != row.version:
        os.rename(folder, session.layout.version_dir(row.series, version))
    sync(session)
    return Redated(row.series, row.version, version, as_of, row.date)


__all__ = ["Redated", "redate"]
