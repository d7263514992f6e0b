"""Find the previous version of a standard in a corpus directory.

The corpus (``specdiff corpus``) keeps one folder per series and one folder per version inside,
holding the published file and its ``document.json``. Until the corpus package offers a lookup of
its own, this reads that layout directly: it is the one function ``specdiff check --corpus`` calls,
so it can be swapped for the corpus API (and its SQLite index) without touching the checks.

Identification follows the corpus issue: the exact file (sha256) first, then occupation codes,
then title names. Versions are ordered by printed date, then status, then folder name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError, InputError
from ..jsontext import load_json
from ..model import Document
from .dates import parse_date
from .titles import norm_title

STATUS_ORDER = {"draft": 0, "tentative": 1, "final": 2}


@dataclass(frozen=True)
class Version:
    """One stored version: its folder (relative to the corpus) and parsed document."""

    series: str
    folder: str
    path: Path
    document: Document

    @property
    def order(self) -> tuple[int, int, int, int, str]:
        year, month, day = parse_date(self.document.date) or (0, None, None)
        return (year, month or 0, day or 0, STATUS_ORDER.get(self.document.status or "", -1), self.folder)


@dataclass(frozen=True)
class CorpusMatch:
    """The previous version of the checked document and every version of its series."""

    previous: Version
    series: str
    versions: tuple[Version, ...]
    unreadable: tuple[str, ...] = ()


def _versions(corpus: Path) -> Iterator[Version | str]:
    """Every readable version, or the path of one whose document.json could not be read."""
    for series_dir in sorted(p for p in corpus.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for version_dir in sorted(p for p in series_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
            doc_path = version_dir / "document.json"
            if not doc_path.is_file():
                continue
            try:
                document = Document.from_json(load_json(doc_path.read_text(encoding="utf-8"), str(doc_path)))
            except (OSError, ValueError, KeyError, TypeError, InputError):
                yield str(doc_path)
                continue
            yield Version(series_dir.name, version_dir.name, doc_path, document)


def _identity(doc: Document) -> tuple[set[str], set[str]]:
    codes = {t.code for t in doc.titles if t.code}
    names = {norm_title(n) for t in doc.titles for n in (t.title, *t.aliases)}
    return codes, names


def _score(new: Document, versions: list[Version]) -> tuple[int, int, int]:
    codes, names = _identity(new)
    same_file = any(v.document.source.sha256 == new.source.sha256 for v in versions)
    code_hits = max((len(codes & _identity(v.document)[0]) for v in versions), default=0)
    name_hits = max((len(names & _identity(v.document)[1]) for v in versions), default=0)
    return int(same_file), code_hits, name_hits


def find_previous(corpus: Path, new: Document) -> CorpusMatch | None:
    """The version of ``new``'s series that comes just before it, or None for a new series."""
    if not corpus.is_dir():
        raise CorpusError(f"corpus {corpus} is not a directory")
    by_series: dict[str, list[Version]] = {}
    unreadable: list[str] = []
    for item in _versions(corpus):
        if isinstance(item, str):
            unreadable.append(item)
        else:
            by_series.setdefault(item.series, []).append(item)
    scored = sorted(((_score(new, vs), name) for name, vs in by_series.items()), reverse=True)
    if not scored or scored[0][0] == (0, 0, 0):
        return None
    series = scored[0][1]
    versions = sorted(by_series[series], key=lambda v: v.order)
    previous = _before(new, versions)
    if previous is None:
        return None
    return CorpusMatch(previous, series, tuple(versions), tuple(unreadable))


def _before(new: Document, versions: list[Version]) -> Version | None:
    """The stored version preceding ``new``: by position when the same file is stored, else by date."""
    for index, version in enumerate(versions):
        if version.document.source.sha256 == new.source.sha256:
            return versions[index - 1] if index > 0 else None
    new_date = parse_date(new.date)
    if new_date is None:
        return versions[-1]
    key = (new_date[0], new_date[1] or 0, new_date[2] or 0)
    earlier = [v for v in versions if v.order[:3] < key]
    return earlier[-1] if earlier else None


__all__ = ["CorpusMatch", "Version", "find_previous"]
