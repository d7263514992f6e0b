"""OCR of PDF pages that have no usable text layer (an optional extra: Tesseract).

``specdiff[ocr]`` plus the system's ``tesseract`` program with English data. The PDF reader
(:mod:`specdiff.ingest.pdf`) decides which pages need OCR; this package renders those pages
(pypdfium2), reads them (Tesseract, :mod:`.engine`), checks each for blank, turned or photographic
content (:mod:`.pages`) and hands back words placed on the page (:mod:`.placing`).

Pages are read by parallel Tesseract processes, one page each (``SPECDIFF_OCR_JOBS``, default:
the number of CPUs); PDFium is not thread-safe, so pages are rendered one at a time in the
calling thread while earlier pages are being read.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...errors import InputError
from .engine import OCR_INSTALL, available, require, version

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .pages import ScannedPage

OCR_MODES = ("auto", "always", "never")


def jobs() -> int:
    """Pages read at once: ``SPECDIFF_OCR_JOBS`` or the CPU count."""
    value = os.environ.get("SPECDIFF_OCR_JOBS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    return max(1, os.cpu_count() or 1)


def scan_pages(data: bytes, numbers: Sequence[int], name: str) -> list[ScannedPage]:
    """Read the given pages (1-based) of a PDF by OCR, in order. (The thread pool is imported
    here: every ``load`` imports this package for :data:`OCR_MODES`, few read a scan.)"""
    from concurrent.futures import ThreadPoolExecutor

    import pypdfium2 as pdfium

    from . import image
    from .pages import read_page

    if not numbers:
        return []
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"cannot read {name}: the PDF is damaged or truncated ({exc})") from exc
    workers = min(jobs(), len(numbers))
    pending: list[Future[ScannedPage]] = []
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for number in numbers:
                page = pdf[number - 1]
                try:
                    dpi = image.choose_dpi(page)
                    gray = image.render(page, dpi)
                finally:
                    page.close()
                pending.append(pool.submit(read_page, number, gray, dpi))
                while sum(not f.done() for f in pending) > workers:  # at most one page waits rendered
                    next(f for f in pending if not f.done()).result()
            return [future.result() for future in pending]
    finally:
        pdf.close()


__all__ = [
    "OCR_INSTALL",
    "OCR_MODES",
    "available",
    "require",
    "scan_pages",
    "version",
]
