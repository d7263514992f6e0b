"""Plain text in any common encoding to lines; form feeds become page breaks."""

from __future__ import annotations

import html
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
    """Decode bytes whose encoding is unknown (see :func:`decode_text`), without its warnings."""
    return decode_text(data, name)[0]


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes whose encoding is unknown, and say so when the encoding had to be guessed.

    A byte-order mark decides; else UTF-16 written without one (every other byte zero) is UTF-16;
    else valid UTF-8 is UTF-8 (the common case). What remains is guessed, with a warning: text
    that is ASCII with a few accented letters here and there (``R\xe9cords``) is Windows-1252, the
    code page of every Western office program (charset-normalizer guessed cp775 for it, Baltic:
    "Rķcords"); anything else goes to charset-normalizer. Text longer than
    :data:`~specdiff.limits.TEXT_CHARS` is refused (no encoding takes more than four bytes a
    character, so far larger files are refused before decoding)."""
    if len(data) > 4 * TEXT_CHARS.get():
        check_text_size(name, len(data) // 4)
    text, warnings = _decode(data, name)
    check_text_size(name, len(text))
    return text, warnings


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), []
            except UnicodeDecodeError:
                break
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), [f"the text has no byte-order mark; read as {utf16.upper()}"]
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if _sparse_western(data):
        return data.decode("cp1252"), [_GUESSED.format(encoding="Windows-1252 (Western European)")]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"cannot read {name}: the text encoding could not be determined")
    return str(best), [_GUESSED.format(encoding=best.encoding)]


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))  # fmt: skip
_GUESSED = "the text is not UTF-8; read as {encoding}, a guess: if letters look wrong, save the file as UTF-8"
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for text written in UTF-16 without a byte-order mark: in the
    first 4 KB nearly every odd (or even) byte is zero and almost no other byte is."""
    sample = data[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.02 * len(others):
            return codec
    return None


def _sparse_western(data: bytes) -> bool:
    """Windows-1252 decodes every byte, and the bytes past ASCII come one to three at a time
    inside ASCII words (accents, curly quotes, dashes), not as whole words of another script."""
    runs = _NON_ASCII_RUN.findall(data)
    if not runs or any(len(run) > 3 for run in runs):
        return False
    return not any(b in _CP1252_UNDEFINED for run in runs for b in run)


# A character reference: named (``&amp;``) or numeric (``&#39;``, ``&#x2019;``), with its semicolon.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """The characters that HTML character references left in recovered text stand for.

    A page converted to text or Markdown without decoding its references prints them
    ("Director of Elections &amp; Registration"); no standard means the five characters
    ``&amp;``, and Markdown itself reads a reference as its character. Only complete references
    are decoded (``AT&T`` and ``R&D;`` stay as printed), and only to printable characters: one
    that stands for a line break or another control or private character, or names none, stays.
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(_character, text)


def _character(reference: re.Match[str]) -> str:
    printed = reference.group()
    char = html.unescape(printed)
    if char == printed or "\ufffd" in char or any(unicodedata.category(c)[0] == "C" for c in char):
        return printed
    return char


def clean_text(text: str) -> str:
    """NFC, ordinary spaces, no invisible characters, character references decoded
    (:func:`decode_references`), and mojibake repaired where ftfy can.

    Called once per line, so the common case is short-cut: printable ASCII and common
    typographic marks (``SAFE_MARKS``) hold no mojibake or invisible characters and are already
    NFC, so only tabs and no-break spaces change (ftfy costs ~50 µs a line, importing it ~40 ms)."""
    text = decode_references(text)
    if _PLAIN.fullmatch(text):
        return text.replace("\t", _SPACES["\t"]).replace("\u00a0", _SPACES["\u00a0"])
    return _repaired(text)


def clean_text_fully(text: str) -> str:
    """:func:`clean_text` without the ASCII short cut (what it must always agree with)."""
    return _repaired(decode_references(text))


def _repaired(text: str) -> str:
    """Mojibake repaired, invisible characters dropped, spaces made ordinary, NFC: the work after
    references are decoded (done once: "&amp;amp;" prints "&amp;")."""
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
