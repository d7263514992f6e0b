"""Tell a file's type from its bytes, because published files are often misnamed."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from .text import utf16_without_bom

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "markdown": "text/markdown",
    "text": "text/plain",
    "doc": "application/msword",
}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of legacy Office formats
_WORD_STREAM = "WordDocument".encode("utf-16-le")


def sniff_kind(data: bytes, name: str = "") -> str:
    """Return ``pdf``, ``docx``, ``doc``, ``html``, ``markdown``, ``text`` or ``binary`` for these bytes.

    Magic numbers decide first; the file name only breaks a tie between HTML, Markdown and text
    (Markdown is text by its bytes: a ``.md`` name says how to read it).
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-" or (b"%PDF-" in head and _pdf_body(data)):
        return "pdf"
    if head[:8] == _OLE2:
        return "doc" if _WORD_STREAM in data else "binary"  # the stream's name is in the directory
    if head[:4] == b"PK\x03\x04":
        return "docx" if _is_docx(data) else "binary"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower():
        return "html"
    if name.lower().endswith((".html", ".htm")) and b"<" in head:
        return "html"
    if _looks_binary(data):
        return "binary"
    if name.lower().endswith((".md", ".markdown")):
        return "markdown"
    return "text"


def _is_docx(data: bytes) -> bool:
    """A zip holding ``word/document.xml``; a damaged one that names that part is a DOCX too, so
    its reader can say it is corrupt (zipfile raises half a dozen types for damaged archives)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except Exception:
        return b"word/document.xml" in data


def _pdf_body(data: bytes) -> bool:
    """A header after some junk is still a PDF (readers accept one anywhere in the first KB) when
    the file holds PDF objects; a text file that merely mentions "%PDF-1.4" is text."""
    return re.search(rb"\d+\s+\d+\s+obj\b", data[:65536]) is not None or b"%%EOF" in data[-2048:]


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not text.

    UTF-16 text has NULs too, so a byte-order mark, or the pattern of UTF-16 written without one,
    lets it through to decoding.
    """
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 50)
