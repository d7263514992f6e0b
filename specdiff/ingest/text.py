"""Plain text in any common encoding to lines; form feeds become page breaks."""

from __future__ import annotations

import re
import unicodedata

from ..errors import InputError

# Characters that look like spaces but defeat word matching downstream.
_SPACES = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": "    "}
_PLAIN = re.compile(r"[\t\x20-\x7e]*")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def decode(data: bytes, name: str) -> str:
    """Decode bytes whose encoding is unknown: UTF-8 first (the common case), else detect."""
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

    Called once per line, so the common case is short-cut: printable ASCII has no mojibake, no
    invisible or odd space characters and is already NFC, so only its tabs change (ftfy costs
    ~50 µs a line, and importing it ~40 ms)."""
    if _PLAIN.fullmatch(text):
        return text.replace("\t", _SPACES["\t"])
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
