"""Turn the paths given to ``specdiff check`` into documents and a diff.

A path is either a published file (read and parsed like ``specdiff parse``) or a
``document.json`` already parsed (what a corpus stores), so CI can check either.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, SchemaError
from ..ingest.bounds import read_regular_file
from ..jsontext import load_json
from ..model import DOCUMENT_SCHEMA, Diff, Document


def load_document(path: Path, *, dialect: str | None = None) -> Document:
    """A Document from a published file or from specdiff's document JSON."""
    if path.suffix.lower() == ".json" and path.is_file():
        return _from_json(path)
    from ..ingest import read
    from ..parsers import parse

    return parse(read(path), dialect=dialect)


def _from_json(path: Path) -> Document:
    try:
        text = read_regular_file(path, str(path)).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot read {path}: not valid UTF-8 JSON ({exc})") from exc
    data = load_json(text, str(path))
    if not isinstance(data, dict) or data.get("schema") != DOCUMENT_SCHEMA:
        raise SchemaError(f"{path} is JSON but not a {DOCUMENT_SCHEMA} document")
    try:
        return Document.from_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise SchemaError(f"{path} does not follow {DOCUMENT_SCHEMA}: {type(exc).__name__} {exc}") from exc


def compare_documents(old: Document, new: Document) -> Diff:
    """The diff stage's comparison (imported late: it is not needed for document-only checks)."""
    from ..diff import compare

    return compare(old, new)


__all__ = ["compare_documents", "load_document"]
