"""Reading and writing the files of a version folder, atomically, and knowing when they are stale.

``document.json`` is the ``specdiff/document/v1`` contract plus one added top-level key,
``corpus``, that records what the corpus needs to rebuild everything else from the files: the
published file's name and hash, the date the user gave with ``--as-of``, and which specdiff and
parser produced the document. The parser is identified by a fingerprint of its code, so a
document parsed by an older parser is noticed and reparsed even when nobody bumped a version.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import InputError
from ..jsontext import load_json
from ..model import DOCUMENT_SCHEMA, Document

ENTRY_SCHEMA = "specdiff/corpus-entry/v1"
# The code whose change alters what a published file parses to; its hash names the parser.
PARSER_CODE = ("model.py", "ingest", "parsers", "data")
# The code whose change alters the counts of changes between two parsed documents.
DIFF_CODE = ("model.py", "diff", "data")


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


@dataclass(frozen=True, slots=True)
class Entry:
    """The corpus's bookkeeping for one version (``document.json`` → ``corpus``)."""

    source_file: str
    source_sha256: str
    original_name: str
    as_of: str | None
    parser: str
    fingerprint: str
    specdiff: str = __version__

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": ENTRY_SCHEMA,
            "source_file": self.source_file,
            "source_sha256": self.source_sha256,
            "original_name": self.original_name,
            "as_of": self.as_of,
            "generator": {"specdiff": self.specdiff, "parser": self.parser, "fingerprint": self.fingerprint},
        }

    @classmethod
    def from_json(cls, data: Any) -> Entry:
        if not isinstance(data, dict) or data.get("schema") != ENTRY_SCHEMA:
            raise ValueError("no corpus bookkeeping ('corpus' key) in it")
        gen = data["generator"]
        return cls(
            source_file=str(data["source_file"]),
            source_sha256=str(data["source_sha256"]),
            original_name=str(data.get("original_name") or data["source_file"]),
            as_of=data.get("as_of"),
            parser=str(gen["parser"]),
            fingerprint=str(gen["fingerprint"]),
            specdiff=str(gen.get("specdiff", "")),
        )


@dataclass(frozen=True, slots=True)
class Loaded:
    """A document.json as found: the document, or why it cannot be trusted.

    ``problem`` set and ``corrupt`` True means the file is damaged (warn the user); ``problem``
    set and ``corrupt`` False means it is merely stale (reparse quietly).
    """

    document: Document | None
    entry: Entry | None
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


def load_document(path: Path, *, source_sha256: str | None = None) -> Loaded:
    """Load a document.json and say whether it can be used as is.

    It is corrupt if it is not JSON, not the document contract, or was made from other bytes
    than the published file beside it; stale if another parser made it.
    """
    try:
        data = load_json(path.read_text(encoding="utf-8"), path.name)
    except FileNotFoundError:
        return Loaded(None, None, "document.json is missing", corrupt=False)
    except (OSError, UnicodeDecodeError, InputError) as exc:
        return Loaded(None, None, f"document.json is not readable JSON ({exc})", corrupt=True)
    try:
        if not isinstance(data, dict) or data.get("schema") != DOCUMENT_SCHEMA:
            raise ValueError(f"it is not a {DOCUMENT_SCHEMA} document")
        entry = Entry.from_json(data.get("corpus"))
        document = Document.from_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        return Loaded(None, None, f"document.json does not follow the contract ({exc})", corrupt=True)
    if source_sha256 is not None and entry.source_sha256 != source_sha256:
        return Loaded(document, entry, "document.json was made from other bytes than the published file", True)
    if entry.fingerprint != parser_fingerprint():
        return Loaded(document, entry, f"document.json was made by another parser ({entry.specdiff})", False)
    return Loaded(document, entry)


def document_payload(document: Document, entry: Entry) -> str:
    """The text of a document.json: the document contract plus the ``corpus`` key."""
    data = document.to_json()
    data["corpus"] = entry.to_json()
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


# Fault injection for the crash tests: seconds to sleep after a file is in place and before the
# index records it, the window in which a kill leaves the two out of step.
PAUSE_ENV = "SPECDIFF_CORPUS_TEST_PAUSE"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _umask()  # temporary files are private (0600); what we rename into place is not


def crash_window() -> None:
    """Sleep for SPECDIFF_CORPUS_TEST_PAUSE seconds (unset in normal use: returns at once)."""
    pause = os.environ.get(PAUSE_ENV)
    if pause:
        time.sleep(float(pause))


def write_atomic(path: Path, data: bytes | str, *, durable: bool = True) -> None:
    """Write a file so that readers see the old bytes or the new ones, never a mixture:
    a temporary file in the same folder, flushed to disk, then renamed over the target."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~UMASK)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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


__all__ = [
    "Entry",
    "Loaded",
    "diff_fingerprint",
    "document_payload",
    "load_document",
    "parser_fingerprint",
    "sha256_file",
    "write_atomic",
]
