"""Where things live in a corpus directory, and the only functions that turn names into paths.

A corpus is a folder a person can keep in git::

    specdiff-corpus.json             marker written by ``corpus init``
    .specdiff/                       cache, never committed (holds its own .gitignore)
        index.sqlite                 rebuilt from the files by ``corpus reindex``
        lock                         held by whichever process is writing
        tmp/                         version folders being assembled; renamed into place
    <series>/<version>/standard.pdf  the file exactly as published (one per version)
    <series>/<version>/document.json its parsed document, with the corpus's bookkeeping

Every name that reaches the file system goes through :func:`slug` or :func:`child`, so no
series title, version label or command-line argument can write outside the corpus.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError

MARKER = "specdiff-corpus.json"
HIDDEN = ".specdiff"
INDEX = "index.sqlite"
LOCK = "lock"
TMP = "tmp"
DOCUMENT = "document.json"
SOURCE_STEM = "standard"
SOURCE_SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".htm", ".doc")
SUFFIX_BY_MEDIA_TYPE = {
    "text/plain": ".txt",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/html": ".html",
    "application/msword": ".doc",
}
MAX_NAME = 80
_UNSAFE = re.compile(r"[^a-z0-9]+")


def slug(text: str, *, fallback: str = "untitled") -> str:
    """A lower-case ASCII name of letters, digits and single hyphens, at most MAX_NAME long.

    Nothing a published document says (a title with slashes, dots or control characters) can
    make this escape its folder: the result never contains a separator and is never ``.``/``..``.
    """
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_ = ascii_.replace("'", "").replace("\u2019", "")
    name = _UNSAFE.sub("-", ascii_.lower()).strip("-")[:MAX_NAME].strip("-")
    return name or fallback


def is_safe_name(name: str) -> bool:
    """True for a folder name we may read or write: one plain path component, not hidden."""
    return (
        bool(name)
        and len(name) <= 255
        and name not in (".", "..")
        and not name.startswith(".")
        and "/" not in name
        and "\\" not in name
        and "\x00" not in name
        and name.isprintable()
    )


def child(parent: Path, name: str) -> Path:
    """``parent / name`` after checking that ``name`` is one safe component (else CorpusError)."""
    if not is_safe_name(name):
        raise CorpusError(f"refusing the name {name!r}: it is not a plain folder name inside the corpus")
    return parent / name


@dataclass(frozen=True, slots=True)
class Layout:
    """The paths of one corpus, computed once from its root."""

    root: Path

    @property
    def marker(self) -> Path:
        return self.root / MARKER

    @property
    def hidden(self) -> Path:
        return self.root / HIDDEN

    @property
    def index(self) -> Path:
        return self.hidden / INDEX

    @property
    def lock(self) -> Path:
        return self.hidden / LOCK

    @property
    def tmp(self) -> Path:
        return self.hidden / TMP

    def version_dir(self, series: str, version: str) -> Path:
        return child(child(self.root, series), version)

    def relative(self, path: Path) -> str:
        """A path inside the corpus as a POSIX string relative to its root (for JSON and reports)."""
        return path.relative_to(self.root).as_posix()


@dataclass(frozen=True, slots=True)
class VersionFolder:
    """One ``<series>/<version>`` folder found on disk, with its source file (None if missing)."""

    series: str
    version: str
    path: Path
    source: Path | None
    problem: str | None = None

    @property
    def document(self) -> Path:
        return self.path / DOCUMENT


def find_source(folder: Path) -> tuple[Path | None, str | None]:
    """The one published file in a version folder: ``standard.*`` first, else the only document file.

    Returns (path, problem); a folder with no source, or several candidates and no ``standard.*``,
    yields a problem message instead of a guess.
    """
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink() and not p.name.startswith("."))
    except OSError as exc:
        return None, f"cannot list {folder.name}: {exc.strerror or exc}"
    standard = [p for p in files if p.stem == SOURCE_STEM and p.suffix.lower() in SOURCE_SUFFIXES]
    if len(standard) == 1:
        return standard[0], None
    candidates = [p for p in files if p.name != DOCUMENT and p.suffix.lower() in SOURCE_SUFFIXES]
    if len(candidates) == 1:
        return candidates[0], None
    if not candidates:
        return None, "no published file (standard.txt, .pdf, .docx or .html) in it"
    return None, f"{len(candidates)} candidate published files and no standard.* among them"


def scan(layout: Layout) -> Iterator[VersionFolder]:
    """Every version folder of the corpus, in name order; hidden folders and symlinks are skipped
    so that nothing we later write can land outside the corpus."""
    for series in _subdirs(layout.root):
        for version in _subdirs(series):
            source, problem = find_source(version)
            yield VersionFolder(series.name, version.name, version, source, problem)


def _subdirs(path: Path) -> list[Path]:
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError:
        return []
    return [
        Path(e.path) for e in entries if is_safe_name(e.name) and e.is_dir(follow_symlinks=False) and not e.is_symlink()
    ]


def source_name(media_type: str, original: str) -> str:
    """``standard`` plus the suffix of the published format (from the bytes' media type)."""
    suffix = SUFFIX_BY_MEDIA_TYPE.get(media_type) or Path(original).suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        suffix = ".txt"
    return SOURCE_STEM + suffix


__all__ = [
    "DOCUMENT",
    "HIDDEN",
    "MARKER",
    "Layout",
    "VersionFolder",
    "child",
    "find_source",
    "is_safe_name",
    "scan",
    "slug",
    "source_name",
]
