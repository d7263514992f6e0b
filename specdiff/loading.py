"""A document from a published file, its bytes, or the document.json specdiff wrote of it.

The one way every command and every library user gets a :class:`~specdiff.model.Document`:
the file's bytes are read into lines (:func:`specdiff.ingest.read`) and the lines parsed
(:func:`specdiff.parsers.parse`); a path ending in ``.json`` that holds the
``specdiff/document/v1`` contract is that document, already parsed (what a corpus stores, what
``specdiff parse --format json`` prints), so CI can check either.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError, SchemaError
from .ingest.ocr import OCR_MODES
from .jsontext import load_json
from .model import DOCUMENT_SCHEMA, Document


def load(
    source: str | os.PathLike[str] | bytes,
    *,
    dialect: str | None = None,
    ocr: str = "auto",
    name: str | None = None,
) -> Document:
    """The document a published file (or its bytes) holds.

    ``dialect`` names the parser to use instead of detecting the format; ``ocr`` says which PDF
    pages are read by OCR (:data:`OCR_MODES`); ``name`` is how messages and the document's
    source name the input (default: the path, or ``<bytes>``). Raises InputError for anything
    that is not a readable document, ParseError for an unknown dialect, SchemaError for a
    ``.json`` file that is not a specdiff document.
    """
    if not isinstance(source, bytes) and Path(source).suffix.lower() == ".json" and Path(source).is_file():
        return _stored(Path(source))
    from .ingest import read
    from .parsers import parse

    return parse(read(source, name=name, ocr=ocr), dialect=dialect)


def _stored(path: Path) -> Document:
    from .ingest.bounds import read_regular_file

    try:
        text = read_regular_file(path, str(path)).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot read {path}: not valid UTF-8 JSON ({exc})") from exc
    data = load_json(text, str(path))
    if not isinstance(data, dict) or data.get("schema") != DOCUMENT_SCHEMA:
        raise SchemaError(f"{path} is JSON but not a {DOCUMENT_SCHEMA} document")
    try:
        return Document.from_json(data)
    except SchemaError as exc:
        raise SchemaError(f"{path} {exc}") from exc


__all__ = ["OCR_MODES", "load"]
