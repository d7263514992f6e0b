"""Plain text in any common encoding to lines; form feeds become page breaks."""

from __future__ import annotations

import re
import unicodedata

from ..errors import InputError
from ..limits import TEXT_CHARS
from .bounds import check_text_size

# Characters that look like spaces but defeat word matching downstream.
_SPACES = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": "    "}
# Printable ASCII plus typographic marks a word processor adds (no-break space, section and degree
# signs, middle dot, dashes, curly quotes, bullet, ellipsis). In Windows-1252 every one of these is
# a UTF-8 continuation byte, so no mix of them can be mojibake (that needs a lead byte: "Ã", "â"),
# and all are NFC: ftfy leaves such a line alone (tests/ingest/test_text_clean.py checks it).
SAFE_MARKS = "\u00a0\u00a7\u00b0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026"
_PLAIN = re.compile(f"[\t\x20-\x7e{SAFE_MARKS}]*")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def decode(data: bytes, name: str) -> str:
    """Decode bytes whose encoding is unknown: UTF-8 first (the common case), else detect.

    Text longer than :data:`~specdiff.limits.TEXT_CHARS` is refused (no encoding takes more
    than four bytes a character, so far larger files are refused before decoding)."""
    if len(data) > 4 * TEXT_CHARS.get():
        check_text_size(name, len(data) // 4)
    text = _decode(data, name)
    check_text_size(name, len(text))
    return text


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"cannot read {name}: the text encoding could not be determined")
    return str(best)


def clean_text(text: str) -> str:
    """NFC, ordinary spaces, no invisible characters, and mojibake repaired where ftfy can.

    Called once per line, so the common case is short-cut: printable ASCII and common
    typographic marks (``SAFE_MARKS``) hold no mojibake or invisible characters and are already
    NFC, so only tabs and no-break spaces change (ftfy costs ~50 µs a line, importing it ~40 ms)."""
    if _PLAIN.fullmatch(text):
        return text.replace("\t", _SPACES["\t"]).replace("\u00a0", _SPACES["\u00a0"])
    return clean_text_fully(text)


def clean_text_fully(text: str) -> str:
    """:func:`clean_text` without the ASCII short cut (what it must always agree with)."""
    import ftfy

    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, unescape_html=False)
    text = text.translate(_INVISIBLE)
    for odd, plain in _SPACES.items():
        text = text.replace(odd, plain)
    return unicodedata.normalize("NFC", text)


def split_pages(text: str) -> list[list[str]]:
    """Lines grouped by page; a form feed starts a new page."""
    pages = text.split("\f")
    return [page.split("\n") for page in pages]
