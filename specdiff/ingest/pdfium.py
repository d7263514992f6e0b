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
import itertools
import re
from typing import Any

from ..errors import InputError
from ..limits import PAGES
from .bounds import check_pdf_streams, check_text_size
from .glyphs import GlyphColumns, PageContent, Rule, box_edges
from .pdfium_batch import c_function, page_columns

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
    the page and inside its form XObjects (one level down), read with plain C calls on object
    addresses (pypdfium2's typed wrappers, or its helper objects, cost more than the paths)."""
    import pypdfium2.raw as raw

    count_segments = c_function("FPDFPath_CountSegments", ctypes.c_int, ctypes.c_void_p)
    segment = c_function("FPDFPath_GetPathSegment", ctypes.c_size_t, ctypes.c_void_p, ctypes.c_int)
    segment_type = c_function("FPDFPathSegment_GetType", ctypes.c_int, ctypes.c_void_p)
    bounds = c_function("FPDFPageObj_GetBounds", ctypes.c_int, *[ctypes.c_void_p] * 5)
    draw_mode = c_function("FPDFPath_GetDrawMode", ctypes.c_int, *[ctypes.c_void_p] * 3)
    out: list[Rule] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    box = [ctypes.addressof(value) for value in (left, bottom, right, top)]
    modes = ctypes.addressof(fill), ctypes.addressof(stroke)
    for obj in _path_objects(ctypes.cast(page.raw, ctypes.c_void_p).value):
        segments = count_segments(obj)
        if segments < 2 or segments > 5:
            continue
        kinds = set(map(segment_type, map(segment, itertools.repeat(obj, segments), range(segments))))
        if raw.FPDF_SEGMENT_BEZIERTO in kinds:
            continue
        if not bounds(obj, *box):
            continue
        draw_mode(obj, *modes)
        out += box_edges(left.value, height - top.value, right.value, height - bottom.value, stroked=bool(stroke.value))
    return out


def _path_objects(page: int | None) -> list[int]:
    """Addresses of the path objects of a page, then of each form XObject on it (one level), in
    document order."""
    import pypdfium2.raw as raw

    count = c_function("FPDFPage_CountObjects", ctypes.c_int, ctypes.c_void_p)
    get = c_function("FPDFPage_GetObject", ctypes.c_size_t, ctypes.c_void_p, ctypes.c_int)
    count_in_form = c_function("FPDFFormObj_CountObjects", ctypes.c_int, ctypes.c_void_p)
    get_in_form = c_function("FPDFFormObj_GetObject", ctypes.c_size_t, ctypes.c_void_p, ctypes.c_ulong)
    kind = c_function("FPDFPageObj_GetType", ctypes.c_int, ctypes.c_void_p)
    n = count(page)
    objects = list(map(get, itertools.repeat(page, n), range(n)))
    out: list[int] = []
    for obj, obj_kind in zip(objects, map(kind, objects), strict=True):
        if obj_kind == raw.FPDF_PAGEOBJ_PATH:
            out.append(obj)
        elif obj_kind == raw.FPDF_PAGEOBJ_FORM:
            inner = count_in_form(obj)
            children = list(map(get_in_form, itertools.repeat(obj, inner), range(inner)))
            out += [
                child
                for child, child_kind in zip(children, map(kind, children), strict=True)
                if child_kind == raw.FPDF_PAGEOBJ_PATH
            ]
    return out
