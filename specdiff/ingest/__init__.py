"""Ingestion: bytes of a published file to lines with provenance (page, line).

One front door, :func:`read`. The reader is chosen from the bytes, not the file name, and each
reader returns the same :class:`~specdiff.model.RawText`, so the parsers never know whether a
standard arrived as PDF, DOCX, HTML or text.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError
from ..model import Line, RawText, Source
from .bounds import check_input_size, partial_read_warnings, read_regular_file
from .marks import Block, Flagged, Heading, PageLines, flag, text_of
from .sniff import MEDIA_TYPES, sniff_kind
from .text import clean_text, decode_text, split_pages
from .tidy import tidy_lines

MAX_LINE = 100_000  # characters; a longer "line" is not a standard someone typed


class Recovered(NamedTuple):
    """What a reader recovers from a file's bytes: pages of lines, warnings, and for lines OCR
    read their confidence (per page, one per entry; None where a text layer was read)."""

    pages: PageLines
    warnings: list[str]
    confidences: list[list[float | None]] | None = None
    ocr_pages: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read: who reports a PDF's glyphs, and which PDF pages are read by OCR."""

    pdf_backend: str = "pdfium"
    ocr: str = "auto"


Reader = Callable[[bytes, str, ReadOptions], Recovered]


def _read_text(data: bytes, name: str, options: ReadOptions) -> Recovered:
    from .export import mark_text_furniture

    text, warnings = decode_text(data, name)
    return Recovered(mark_text_furniture(split_pages(text.replace("\r\n", "\n").replace("\r", "\n"))), warnings)


def _read_markdown(data: bytes, name: str, options: ReadOptions) -> Recovered:
    from .markdown import read_markdown

    text, warnings = decode_text(data, name)
    return Recovered(read_markdown(text.replace("\r\n", "\n").replace("\r", "\n")), warnings)


def _read_pdf(data: bytes, name: str, options: ReadOptions) -> Recovered:
    from .pdf import read_pdf

    text = read_pdf(data, name, backend=options.pdf_backend, ocr=options.ocr)
    return Recovered(text.pages, text.warnings, text.confidences, text.ocr_pages)


def _read_docx(data: bytes, name: str, options: ReadOptions) -> Recovered:
    from .docx import read_docx

    pages, warnings = read_docx(data, name)
    return Recovered(flag(pages, {}), warnings)


def _read_html(data: bytes, name: str, options: ReadOptions) -> Recovered:
    from .html import read_html

    return Recovered(*read_html(data, name))


def _read_doc(data: bytes, name: str, options: ReadOptions) -> Recovered:
    from .legacy_doc import read_doc

    pages, warnings = read_doc(data, name)
    return Recovered(flag(pages, {}), warnings)


READERS: dict[str, Reader] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "pdf": _read_pdf,
    "docx": _read_docx,
    "html": _read_html,
    "doc": _read_doc,
}


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    kind: str | None = None,
    pdf_backend: str = "pdfium",
    ocr: str = "auto",
) -> RawText:
    """Read a file (or its bytes) into lines with provenance.

    ``pdf_backend`` picks who reports a PDF's glyphs (``specdiff.ingest.pdf.BACKENDS``): pdfium
    (default; about ten times faster than pdfplumber's own text extraction) or pdfplumber (the
    thorough pdfminer reader). Both give the same lines on every realdocs and corpus PDF (tested).

    ``ocr`` (:data:`~specdiff.ingest.ocr.OCR_MODES`: ``auto``, ``always``, ``never``) says which
    PDF pages are read by OCR (see :mod:`specdiff.ingest.scanned`); an OCR'd line carries its
    confidence. It is an argument, passed down by every caller (worker processes included), never
    read from the environment.

    Raises :class:`InputError` with a one-line, user-facing message for anything that is not a
    readable document: a missing path, a directory, an empty or binary file, a broken PDF.
    """
    data, label = _load(source, name)
    if not data.strip():
        raise InputError(f"cannot read {label}: the file is empty")
    kind = kind or sniff_kind(data, label)
    if kind not in READERS:
        if kind == "binary":
            raise InputError(f"cannot read {label}: it is not a text, PDF, DOCX or HTML file")
        raise InputError(f"unknown input kind {kind!r}; valid kinds: {', '.join(READERS)}")
    pages, warnings, confidences, ocr_pages = READERS[kind](data, label, ReadOptions(pdf_backend, ocr))
    warnings = [*warnings, *partial_read_warnings(kind, data)]
    paged = kind == "pdf" or len(pages) > 1
    lines, dropped = _number(pages, label, paged=paged, restart=kind == "pdf", confidences=confidences)
    if not any(line.text.strip() and line.furniture is None for line in lines):
        raise InputError(f"cannot read {label}: no text found")
    source_ = Source(
        path=label,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_TYPES[kind],
        pages=len(pages) if paged else None,
        ocr_pages=ocr_pages,
    )
    return RawText(source=source_, lines=tuple(lines), warnings=tuple(warnings), furniture=tuple(dropped))


def _load(source: str | os.PathLike[str] | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        label = name or "<bytes>"
        check_input_size(len(source), label)
        return source, label
    label = name or str(source)
    return read_regular_file(Path(source), label), label


def _number(
    pages: PageLines,
    label: str,
    *,
    paged: bool,
    restart: bool,
    confidences: list[list[float | None]] | None = None,
) -> tuple[list[Line], list[Line]]:
    """Clean every line and number it: page-relative for PDFs (as printed), file-relative otherwise
    (as an editor shows it). Blank lines keep their numbers, so a span points at the printed line.
    ``confidences`` (per page, one per entry of the page) are the OCR confidences of the lines.
    Flagged lines keep their reason; dropped ones (out of the reading order) come back apart,
    numbered as the line they were printed before.
    """
    out: list[Line] = []
    dropped: list[Line] = []
    n = 0
    for page_no, page in enumerate(pages, start=1):
        confs = confidences[page_no - 1] if confidences else [None] * len(page)
        if restart:
            n = 0
        texts = [text_of(line) for line in page]
        for index, raw in enumerate(texts):
            if len(raw) > MAX_LINE:
                place = f"page {page_no}, line {n + index + 1}" if paged else f"line {n + index + 1}"
                raise InputError(
                    f"cannot read {label} ({place}): a line of {len(raw):,} characters; "
                    "this does not look like a document someone can review"
                )
        kept = [(text, conf) for line, text, conf in zip(page, texts, confs, strict=True) if not _dropped(line)]
        tidied = iter(tidy_lines([clean_text(t).rstrip() for t, _ in kept]))
        kept_confs = iter(conf for _, conf in kept)
        where = page_no if paged else None
        for line in page:
            if isinstance(line, Flagged) and line.dropped:
                text = " ".join(clean_text(line.text).split())
                dropped.append(Line(text=text, line=n + 1, page=where, furniture=line.reason))
                continue
            n += 1
            reason = line.reason if isinstance(line, Flagged) else None
            level = line.level if isinstance(line, Heading) else None
            out.append(
                Line(
                    text=next(tidied),
                    line=n,
                    page=where,
                    ocr_confidence=next(kept_confs),
                    furniture=reason,
                    heading=level,
                    block=isinstance(line, Block),
                )
            )
    return out, dropped


def _dropped(line: str | Flagged | Heading | Block) -> bool:
    return isinstance(line, Flagged) and line.dropped


__all__ = ["READERS", "ReadOptions", "Recovered", "read", "sniff_kind"]
