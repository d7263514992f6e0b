"""The write step of the corpus: a version folder's files, written atomically, read back, and
known to be stale.

``document.json`` is the ``specdiff/document/v1`` contract plus one added top-level key,
``corpus``, that records what the corpus needs to rebuild everything else from the files: the
published file's name and hash, the date it is filed as of when it prints none (given with
``--as-of``, or the day it was added), and which specdiff and parser produced the document. The
parser is identified by a fingerprint of its code, so a document parsed by an older parser is
noticed and reparsed even when nobody bumped a version.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import os
import shutil
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from .. import __version__
from ..errors import CorpusError, InputError, SchemaError
from ..files import umask
from ..jsontext import load_json
from ..model import DOCUMENT_SCHEMA, Document
from .layout import DOCUMENT, Layout

ENTRY_SCHEMA = "specdiff/corpus-entry/v1"
# The code whose change alters what a published file parses to: the ingest and parser stages and
# every module they import (tests/corpus/test_fingerprints.py holds the list to the import graph).
PARSER_CODE = ("model", "phrases", "ingest", "parsers", "nlp.py", "limits.py", "errors.py", "gcpause.py")
# The code whose change alters the counts of changes between two parsed documents.
DIFF_CODE = ("model", "phrases", "diff", "nlp.py", "errors.py")


@cache
def code_fingerprint(parts: tuple[str, ...]) -> str:
    """A short hash of specdiff's own source files under ``parts`` (and its version)."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        base = package / part
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def parser_fingerprint() -> str:
    return code_fingerprint(PARSER_CODE)


def diff_fingerprint() -> str:
    return code_fingerprint(DIFF_CODE)


AS_OF_GIVEN = "given"  # --as-of, or corpus set-date
AS_OF_ADDED = "added"  # no date printed and none given: the day the version was added


@dataclass(frozen=True, slots=True)
class Bookkeeping:
    """The corpus's bookkeeping for one version (``document.json`` → ``corpus``).

    ``as_of`` is the date the version is filed as of when no date is printed in it (or the date
    that orders versions printing the same one); ``as_of_from`` says where it came from: given
    (``--as-of``, ``corpus set-date``) or the day the version was added."""

    source_file: str
    source_sha256: str
    original_name: str
    as_of: str | None
    parser: str
    fingerprint: str
    specdiff: str = __version__
    as_of_from: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": ENTRY_SCHEMA,
            "source_file": self.source_file,
            "source_sha256": self.source_sha256,
            "original_name": self.original_name,
            "as_of": self.as_of,
        }
        if self.as_of is not None:
            out["as_of_from"] = self.as_of_from or AS_OF_GIVEN
        out["generator"] = {"specdiff": self.specdiff, "parser": self.parser, "fingerprint": self.fingerprint}
        return out

    @classmethod
    def from_json(cls, data: Any) -> Bookkeeping:
        if not isinstance(data, dict) or data.get("schema") != ENTRY_SCHEMA:
            raise ValueError("no corpus bookkeeping ('corpus' key) in it")
        gen = data["generator"]
        as_of = data.get("as_of")
        return cls(
            source_file=str(data["source_file"]),
            source_sha256=str(data["source_sha256"]),
            original_name=str(data.get("original_name") or data["source_file"]),
            as_of=as_of,
            parser=str(gen["parser"]),
            fingerprint=str(gen["fingerprint"]),
            specdiff=str(gen.get("specdiff", "")),
            as_of_from=(data.get("as_of_from") or AS_OF_GIVEN) if as_of is not None else None,
        )


@dataclass(frozen=True, slots=True)
class Stored:
    """A document.json as found: the document, or why it cannot be trusted.

    ``problem`` set and ``corrupt`` True means the file is damaged (warn the user); ``problem``
    set and ``corrupt`` False means it is merely stale (reparse quietly).
    """

    document: Document | None
    bookkeeping: Bookkeeping | None
    problem: str | None = None
    corrupt: bool = False


def sha256_file(path: Path) -> str:
    """The SHA-256 of a regular file; OSError for anything else (a FIFO would block the open and
    ``/dev/zero`` would be hashed for ever), which the caller reports or lets the reader refuse."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file; OSError for anything else (see :func:`sha256_file`)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return fh.read()


def read_stored(path: Path, *, source_sha256: str | None = None) -> Stored:
    """Read a document.json and say whether it can be used as is.

    It is corrupt if it is not JSON, not the document contract, or was made from other bytes
    than the published file beside it; stale if another parser made it.
    """
    try:
        data = load_json(path.read_text(encoding="utf-8"), path.name)
    except FileNotFoundError:
        return Stored(None, None, "document.json is missing", corrupt=False)
    except (OSError, UnicodeDecodeError, InputError) as exc:
        return Stored(None, None, f"document.json is not readable JSON ({exc})", corrupt=True)
    try:
        if not isinstance(data, dict) or data.get("schema") != DOCUMENT_SCHEMA:
            raise ValueError(f"it is not a {DOCUMENT_SCHEMA} document")
        kept = Bookkeeping.from_json(data.get("corpus"))
        document = Document.from_json(data)
    except (KeyError, TypeError, ValueError, SchemaError) as exc:
        return Stored(None, None, f"document.json does not follow the contract ({exc})", corrupt=True)
    if source_sha256 is not None and kept.source_sha256 != source_sha256:
        return Stored(document, kept, "document.json was made from other bytes than the published file", True)
    if kept.fingerprint != parser_fingerprint():
        return Stored(document, kept, f"document.json was made by another parser ({kept.specdiff})", False)
    return Stored(document, kept)


def document_payload(document: Document, kept: Bookkeeping) -> str:
    """The text of a document.json: the document contract plus the ``corpus`` key.

    Written by orjson, indented by two spaces, rather than by :func:`..jsontext.dump_json`
    (one space, the standard library's indenting encoder, which is pure Python): a corpus writes
    one of these per version it adds or reparses, and the standard library took 1 ms a document
    of the 300-document bench, a twentieth of ``add``'s own bookkeeping; orjson takes 0.04 ms.
    Readers parse JSON, so the indent is not part of the contract."""
    data = document.to_json()
    data["corpus"] = kept.to_json()
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")


def flush_to_disk() -> None:
    """Ask the system to write everything out, once per batch instead of once per file.

    Renames make every step atomic for readers and for a killed process; flushing is only about
    power cuts. Per-file fsync cost 6 ms a file here (a third of ``add``'s time), so a batch
    flushes at its end, as git does for loose objects: after a power cut in mid-batch a version
    can be left with an empty file, which the next run detects and reports (document.json is
    rebuilt; an empty published file is reported for re-adding).
    """
    if hasattr(os, "sync"):
        os.sync()


def _write_new(path: Path, data: bytes) -> None:
    """A new file with the mode ``write_atomic`` gives a new file (0666 less the umask)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~umask())
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


_STAGED = itertools.count()


def _staging_folder(tmp: Path) -> Path:
    """A new empty folder in ``tmp`` with the mode a new folder gets (0777 less the umask, applied
    by the system): named for this process and a counter, which is all the uniqueness a folder
    only the lock holder writes in needs (``tempfile.mkdtemp`` draws random names and then needs
    a chmod: twice the system calls, for every version added)."""
    while True:
        staging = tmp / f"version-{os.getpid()}-{next(_STAGED)}"
        try:
            staging.mkdir(0o777)
        except FileExistsError:  # left by an earlier process of the same number
            continue
        return staging


def write_version(layout: Layout, source: Path, name: str, sha256: str, payload: str, folder: Path) -> None:
    """Put a new version folder in place, all of it or nothing: assembled in the cache's
    tmp/ (the published file copied as ``name``, its document.json beside it), then renamed to
    ``folder``. A run killed before the rename leaves only tmp/, which the next sync clears."""
    layout.tmp.mkdir(parents=True, exist_ok=True)
    staging = _staging_folder(layout.tmp)
    try:
        # Read once, hashed and written: what is stored is what was hashed. The staging folder
        # is private until renamed into place, so its files need no rename of their own.
        data = read_regular(source)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise CorpusError("the file changed while it was being added; add it again")
        _write_new(staging / name, data)
        _write_new(staging / DOCUMENT, payload.encode("utf-8"))
        folder.parent.mkdir(exist_ok=True)
        os.rename(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


__all__ = [
    "AS_OF_ADDED",
    "AS_OF_GIVEN",
    "Bookkeeping",
    "Stored",
    "diff_fingerprint",
    "document_payload",
    "flush_to_disk",
    "parser_fingerprint",
    "read_regular",
    "read_stored",
    "sha256_file",
    "write_version",
]
