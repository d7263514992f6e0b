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
from typing import Any

from ..errors import InputError
from .pdfbox import PageContent, Rule, box_edges
from .pdfium_batch import page_columns


def read_pages(data: bytes, name: str) -> list[PageContent]:
    """Every page's glyphs and rules; raises InputError for encrypted, damaged or truncated files."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"cannot read {name}: {_why_unreadable(data)}") from exc
    try:
        return [_page(number, pdf[number - 1]) for number in range(1, len(pdf) + 1)]
    finally:
        pdf.close()


def _why_unreadable(data: bytes) -> str:
    """Why PDFium refused a file. Its error code is not to be trusted (it is the last error of
    the process: a file with no pages after an encrypted one was called encrypted, and on its own
    "Success"), so the file itself is looked at: an /Encrypt dictionary, or a page tree that
    pdfminer reads as empty."""
    if b"/Encrypt" in data:
        return "the PDF is encrypted"
    from io import BytesIO

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(BytesIO(data)))
        if next(PDFPage.create_pages(document), None) is None:
            return "the PDF has no pages"
    except Exception:  # pdfminer raises many unrelated types for broken files
        pass
    return "the PDF is damaged or truncated"


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
