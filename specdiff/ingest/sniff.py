"""Tell a file's type from its bytes, because published files are often misnamed."""

from __future__ import annotations

import zipfile
from io import BytesIO

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "markdown": "text/markdown",
    "text": "text/plain",
}


def sniff_kind(data: bytes, name: str = "") -> str:
    """Return ``pdf``, ``docx``, ``html``, ``markdown``, ``text`` or ``binary`` for these bytes.

    Magic numbers decide first; the file name only breaks a tie between HTML, Markdown and text
    (Markdown is text by its bytes: a ``.md`` name says how to read it).
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
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
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not text.

    UTF-16 text has NULs too, so a byte-order mark lets it through to charset detection.
    """
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 50)
