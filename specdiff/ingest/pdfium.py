"""The pypdfium2 backend: the same glyphs and rules as the pdfplumber backend, much faster.

PDFium (Chrome's PDF engine) reads a page in milliseconds where pdfminer takes most of a
second. Each glyph's loose box (font ascent to descent, origin to advance) is what pdfplumber
reports too, so the backend-neutral layout gives the same lines. PDFium's own additions are
left out: generated spaces and line breaks; the marker it puts in place of a hyphen at a line end
is turned back into "-", since rejoining is our job.

Speed comes from asking PDFium as little as possible per character (each ctypes call costs about
as much as the rest of the work on that glyph), see :mod:`.pdfium_batch`.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

from ..errors import InputError
from ..limits import PAGES
from .bounds import check_pdf_streams, check_text_size
from .glyphs import GlyphColumns, PageContent, Rule, box_edges
from .pdfium_batch import page_columns

_NO_PAGES = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+0\b|/Count\s+0\b[^>]*?/Type\s*/Pages\b")


def read_pages(data: bytes, name: str) -> list[PageContent]:
    """Every page's glyphs and rules; raises InputError for encrypted, damaged or truncated files."""
    import pypdfium2 as pdfium

    check_pdf_streams(data, name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # PDFium reports the last error it recorded, which may be left over from an earlier file
        # in this process ("Incorrect password" after an encrypted one) or be "Success": the
        # bytes decide what is said, and only a reason that cannot be stale is shown.
        message = str(exc).lower()
        if "password" in message and b"/Encrypt" in data:
            raise InputError(f"cannot read {name}: the PDF is encrypted") from exc
        if _NO_PAGES.search(data):
            raise InputError(f"cannot read {name}: the PDF has no pages") from exc
        reason = "" if "success" in message or "password" in message else f" ({exc})"
        raise InputError(f"cannot read {name}: the PDF is damaged or truncated{reason}") from exc
    try:
        count = len(pdf)
        if count > PAGES.get():
            raise PAGES.error(name, f"{count:,} pages")
        pages: list[PageContent] = []
        chars = 0
        for number in range(1, count + 1):
            try:
                page = pdf[number - 1]
            except pdfium.PdfiumError:  # a page its tree names but PDFium cannot load (a loop, a hole)
                pages.append(PageContent(number=number, width=0.0, height=0.0, glyphs=GlyphColumns.of(()), rules=()))
                continue
            pages.append(_page(number, page))
            chars += len(pages[-1].glyphs.texts)
            check_text_size(name, chars)  # pages sharing one huge content stream stop here, not at 8 GB
        if pages and not any(page.height for page in pages):
            raise InputError(f"cannot read {name}: no page of the PDF can be loaded (its page tree is damaged)")
        return pages
    finally:
        pdf.close()


def _page(number: int, page: Any) -> PageContent:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        glyphs = page_columns(textpage.raw, height)
    finally:
        textpage.close()
    rules = _rules(page, height)
    return PageContent(number=number, width=width, height=height, glyphs=glyphs, rules=tuple(rules))


def _rules(page: Any, height: float) -> list[Rule]:
    """Straight-edged paths (lines and rectangles), as pdfplumber's rects and lines are: paths on
    the page and inside its form XObjects (one level down), read with raw PDFium calls (the
    helper objects pypdfium2 makes for every text object cost more than the paths themselves)."""
    import pypdfium2.raw as raw

    out: list[Rule] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for obj in _path_objects(page.raw):
        segments = raw.FPDFPath_CountSegments(obj)
        if segments < 2 or segments > 5:
            continue
        kinds = {raw.FPDFPathSegment_GetType(raw.FPDFPath_GetPathSegment(obj, i)) for i in range(segments)}
        if raw.FPDF_SEGMENT_BEZIERTO in kinds:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
        out += box_edges(left.value, height - top.value, right.value, height - bottom.value, stroked=bool(stroke.value))
    return out


def _path_objects(page: Any) -> list[Any]:
    """Path objects of a page, then of each form XObject on it (one level), in document order."""
    import pypdfium2.raw as raw

    out: list[Any] = []
    for index in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            out.append(obj)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            for inner in range(raw.FPDFFormObj_CountObjects(obj)):
                child = raw.FPDFFormObj_GetObject(obj, inner)
                if raw.FPDFPageObj_GetType(child) == raw.FPDF_PAGEOBJ_PATH:
                    out.append(child)
    return out
