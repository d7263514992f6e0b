"""Reviews kept with the corpus: ``corpus review import FILE`` and the reviewed counts ``log`` shows.

A review.json (contract ``specdiff/review/v1``, exported from a change report) names the two
documents it reviewed by sha256. Imported, it is kept beside the version it reviews, as
``<series>/<version>/review.json``, so it travels with the corpus in git like the published
files; the index is not involved (it stays a cache of the files). A review whose documents are
not two versions of one series in this corpus is refused, in one line, and nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from ..files import write_atomic
from ..jsontext import dump_json
from ..review import Review, ReviewError, load_review, review_from_json
from .index import VersionRow
from .lock import locked
from .session import Session

REVIEW_FILE = "review.json"


@dataclass(frozen=True, slots=True)
class Imported:
    series: str
    version: str
    previous: str
    path: Path
    approved: int
    replaced: bool


def _by_sha(session: Session, sha256: str) -> list[VersionRow]:
    return [row for row in session.index.versions() if row.sha256 == sha256]


def import_review(session: Session, path: Path) -> Imported:
    """Check ``path`` against the corpus and store it beside the version it reviews."""
    review = load_review(path)
    news = _by_sha(session, review.new_sha256)
    if not news:
        raise CorpusError(f"{path}: the reviewed new version (sha256 {review.new_sha256[:12]}) is not in this corpus")
    olds = {(r.series, r.version): r for r in _by_sha(session, review.old_sha256)}
    for new in news:
        old = next((r for (series, _), r in olds.items() if series == new.series), None)
        if old is not None:
            break
    else:
        raise CorpusError(
            f"{path}: the reviewed old version (sha256 {review.old_sha256[:12]}) is not a version of "
            f"series {news[0].series} in this corpus"
        )
    target = session.layout.version_dir(new.series, new.version) / REVIEW_FILE
    text = dump_json(_canonical(path))
    with locked(session.layout.lock, wait=session.wait, purpose="review import"):
        replaced = target.exists()
        write_atomic(target, text)
    return Imported(new.series, new.version, old.version, target, len(review.approved), replaced)


def _canonical(path: Path) -> object:
    """The file as read (already validated): stored re-indented, so a git diff of it is readable."""
    return json.loads(path.read_text(encoding="utf-8"))


def stored_review(session: Session, row: VersionRow) -> Review | None:
    """The review kept beside a version, if any; an unreadable one is reported and skipped."""
    target = session.layout.version_dir(row.series, row.version) / REVIEW_FILE
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        session.warn(f"skipped unreadable {target}: {exc}")
        return None
    try:
        return review_from_json(data, str(target))
    except ReviewError as exc:
        session.warn(f"skipped {exc}")
        return None


def reviewed_count(session: Session, row: VersionRow, previous: VersionRow | None, total: int | None) -> str | None:
    """ "12/14": approved changes of the review kept beside ``row`` against its substantive
    changes from ``previous``; None when no review of that very comparison is kept."""
    if previous is None or total is None:
        return None
    review = stored_review(session, row)
    if review is None or not review.matches(previous.sha256, row.sha256):
        return None
    return f"{min(len(review.approved), total)}/{total}"


__all__ = ["REVIEW_FILE", "Imported", "import_review", "reviewed_count", "stored_review"]
