"""A reviewer's marks on a change report: the contract ``specdiff/review/v1``.

The HTML report lets a reviewer tick each change "Reviewed" (or "Question") and write a note;
its "Export review.json" button writes this contract (schema: ``schemas/review-v1.json``). The
file names both documents by sha256, so it applies to the one comparison it was made for:
``specdiff check --review`` and ``specdiff corpus review import`` refuse it for any other.

Read here without a schema library (jsonschema is a test dependency only); every way a file can
be wrong is one line naming the file and what is wrong, raised as :class:`ReviewError`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import SchemaError

REVIEW_SCHEMA = "specdiff/review/v1"
STATUSES = ("approved", "question")
_SHA = re.compile(r"^[0-9a-f]{64}$")


class ReviewError(SchemaError):
    """A review.json that cannot be read, or that was made for other documents."""


@dataclass(frozen=True, slots=True)
class ReviewMark:
    """One change as the reviewer marked it."""

    id: str
    status: str
    note: str
    reviewer: str
    time: str


@dataclass(frozen=True, slots=True)
class Review:
    old_sha256: str
    new_sha256: str
    reviewer: str
    marks: tuple[ReviewMark, ...]
    old_file: str = ""
    new_file: str = ""

    @property
    def approved(self) -> dict[str, ReviewMark]:
        """Change id -> its mark, for the changes the reviewer accepted."""
        return {m.id: m for m in self.marks if m.status == "approved"}

    def matches(self, old_sha256: str, new_sha256: str) -> bool:
        return (self.old_sha256, self.new_sha256) == (old_sha256, new_sha256)

    def require(self, old_sha256: str, new_sha256: str, source: str) -> None:
        """Refuse a review made for another comparison, in one line saying which."""
        if not self.matches(old_sha256, new_sha256):
            raise ReviewError(
                f"{source} reviews other documents (old sha256 {self.old_sha256[:12]}, new {self.new_sha256[:12]}); "
                f"this comparison is old {old_sha256[:12]}, new {new_sha256[:12]}"
            )


def _field(data: dict[str, Any], key: str, kind: type, source: str, where: str = "") -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise ReviewError(f"{source}: {where}{key!r} must be a {kind.__name__}, not {type(value).__name__}")
    return value


def _time(value: str, source: str, where: str) -> str:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ReviewError(f"{source}: {where}'time' {value!r} is not an ISO 8601 date-time") from None
    return value


def _document(data: dict[str, Any], key: str, source: str) -> tuple[str, str]:
    side = _field(data, key, dict, source)
    sha = _field(side, "sha256", str, source, f"{key}.")
    if not _SHA.match(sha):
        raise ReviewError(f"{source}: {key}.sha256 is not a sha256 (64 lower-case hex digits)")
    return sha, str(side.get("file") or "")


def review_from_json(data: Any, source: str = "review") -> Review:
    """A Review from parsed JSON, checked against the contract."""
    if not isinstance(data, dict):
        raise ReviewError(f"{source}: not a {REVIEW_SCHEMA} file (a JSON object is expected)")
    if data.get("schema") != REVIEW_SCHEMA:
        raise ReviewError(f"{source}: not a {REVIEW_SCHEMA} file (schema={data.get('schema')!r})")
    old_sha, old_file = _document(data, "old", source)
    new_sha, new_file = _document(data, "new", source)
    reviewer = _field(data, "reviewer", str, source).strip()
    if not reviewer:
        raise ReviewError(f"{source}: 'reviewer' is empty (a review says who made it)")
    marks = []
    for n, entry in enumerate(_field(data, "changes", list, source)):
        where = f"changes[{n}]."
        if not isinstance(entry, dict):
            raise ReviewError(f"{source}: changes[{n}] must be an object")
        status = _field(entry, "status", str, source, where)
        if status not in STATUSES:
            raise ReviewError(f"{source}: {where}status {status!r} is not one of {', '.join(STATUSES)}")
        marks.append(
            ReviewMark(
                id=_field(entry, "id", str, source, where),
                status=status,
                note=_field(entry, "note", str, source, where),
                reviewer=_field(entry, "reviewer", str, source, where),
                time=_time(_field(entry, "time", str, source, where), source, where),
            )
        )
    return Review(old_sha, new_sha, reviewer, tuple(marks), old_file, new_file)


def load_review(path: Path) -> Review:
    """Read a review.json; a missing, unreadable or malformed file is one line (exit 2)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReviewError(f"{path}: no such review file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewError(f"{path}: cannot read the review: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReviewError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    return review_from_json(data, str(path))


__all__ = ["REVIEW_SCHEMA", "Review", "ReviewError", "ReviewMark", "load_review", "review_from_json"]
