"""Signs that a PDF was read only in part, so that the reader can say so instead of staying quiet.

PDFium is forgiving: a file whose cross-reference table is gone (a truncated download) is
rebuilt by scanning for objects, a page its tree names but cannot load is skipped, and a
content stream that does not inflate is read as far as it goes. Each leaves text out without an
error. These checks look at the bytes (the trailer, each Flate stream) and ask PDFium only for
each page's size, which loads no content, so they cost a small fraction of reading the file.
"""

from __future__ import annotations

import ctypes
import re

from ..limits import MB, UNPACKED_MB
from .bounds import flate_streams, inflate_count, stream_survey

_STARTXREF = re.compile(rb"startxref\s+(\d{1,12})\s+%%EOF\s*$")


def damage_warnings(data: bytes) -> list[str]:
    """One warning per kind of damage found (none for a sound file)."""
    warnings = []
    if not _sound_trailer(data):
        warnings.append(
            "the PDF's cross-reference table is missing or damaged (a truncated file?); it was rebuilt, "
            "so text may be missing"
        )
    broken = _broken_streams(data)
    if broken:
        warnings.append(f"{broken} compressed stream(s) of the PDF are damaged; text drawn by them may be missing")
    pages = _unloadable_pages(data)
    if pages:
        warnings.append(f"page {', '.join(map(str, pages))} of the PDF cannot be loaded (its page tree is damaged)")
    return warnings


def _sound_trailer(data: bytes) -> bool:
    """``startxref N %%EOF`` at the end, with N pointing at a table (``xref``) or a stream object."""
    match = _STARTXREF.search(data[-1024:])
    if match is None:
        return False
    offset = int(match.group(1))
    target = data[offset : offset + 32].lstrip()
    return target.startswith(b"xref") or re.match(rb"\d+\s+\d+\s+obj\b", target) is not None


def _broken_streams(data: bytes) -> int:
    """Flate streams that fail to inflate or stop before their end."""
    budget = UNPACKED_MB.get() * MB
    total, clean = stream_survey(data, budget)
    if total <= budget:
        return clean.count(False)
    return sum(1 for start in flate_streams(data) if not inflate_count(data, start, budget)[1])


def _unloadable_pages(data: bytes) -> list[int]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return []
    try:
        size = raw.FS_SIZEF()
        return [i + 1 for i in range(len(pdf)) if not raw.FPDF_GetPageSizeByIndexF(pdf.raw, i, ctypes.byref(size))]
    finally:
        pdf.close()


__all__ = ["damage_warnings"]
