"""Ingestion: bytes of a published file to lines with provenance (page, line).

One front door, :func:`read`. The reader is chosen from the bytes, not the file name, and each
reader returns the same :class:`~specdiff.model.RawText`, so the parsers never know whether a
standard arrived as PDF, DOCX, HTML or text.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..model import Line, RawText, Source
from .marks import Block, Flagged, Heading, PageLines, flag, text_of
from .sniff import MEDIA_TYPES, sniff_kind
from .text import clean_text, decode, split_pages
from .tidy import tidy_lines

MAX_LINE = 100_000  # characters; a longer "line" is not a standard someone typed
MAX_BYTES = 200 * 1024 * 1024

Reader = Callable[[bytes, str], "tuple[PageLines, list[str]]"]


def _read_text(data: bytes, name: str) -> tuple[PageLines, list[str]]:
    from .export import mark_text_furniture

    return mark_text_furniture(split_pages(decode(data, name).replace("\r\n", "\n").replace("\r", "\n"))), []


def _read_markdown(data: bytes, name: str) -> tuple[PageLines, list[str]]:
    from .markdown import read_markdown

    return read_markdown(decode(data, name).replace("\r\n", "\n").replace("\r", "\n")), []


def _read_pdf(data: bytes, name: str) -> tuple[PageLines, list[str]]:
    from .pdf import read_pdf

    return read_pdf(data, name)


def _read_docx(data: bytes, name: str) -> tuple[PageLines, list[str]]:
    from .docx import read_docx

    pages, warnings = read_docx(data, name)
    return flag(pages, {}), warnings


def _read_html(data: bytes, name: str) -> tuple[PageLines, list[str]]:
    from .html import read_html

    return read_html(data, name)


READERS: dict[str, Reader] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "pdf": _read_pdf,
    "docx": _read_docx,
    "html": _read_html,
}


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    kind: str | None = None,
    pdf_backend: str = "pdfium",
) -> RawText:
    """Read a file (or its bytes) into lines with provenance.

    ``pdf_backend`` picks who reports a PDF's glyphs (``specdiff.ingest.pdf.BACKENDS``): pdfium
    (default; about ten times faster than pdfplumber's own text extraction) or pdfplumber (the
    thorough pdfminer reader). Both give the same lines on every realdocs and corpus PDF (tested).

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
    if kind == "pdf":
        from .pdf import read_pdf

        pages, warnings = read_pdf(data, label, backend=pdf_backend)
    else:
        pages, warnings = READERS[kind](data, label)
    paged = kind == "pdf" or len(pages) > 1
    lines, dropped = _number(pages, label, paged=paged, restart=kind == "pdf")
    if not any(line.text.strip() and line.furniture is None for line in lines):
        raise InputError(f"cannot read {label}: no text found")
    source_ = Source(
        path=label,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_TYPES[kind],
        pages=len(pages) if paged else None,
    )
    return RawText(source=source_, lines=tuple(lines), warnings=tuple(warnings), furniture=tuple(dropped))


def _load(source: str | os.PathLike[str] | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, name or "<bytes>"
    path = Path(source)
    label = name or str(source)
    if not path.exists():
        raise InputError(f"cannot read {label}: no such file")
    if path.is_dir():
        raise InputError(f"cannot read {label}: it is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"cannot read {label}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit")
        return path.read_bytes(), label
    except OSError as exc:
        raise InputError(f"cannot read {label}: {exc.strerror or exc}") from exc


def _number(pages: PageLines, label: str, *, paged: bool, restart: bool) -> tuple[list[Line], list[Line]]:
    """Clean every line and number it: page-relative for PDFs (as printed), file-relative otherwise
    (as an editor shows it). Blank lines keep their numbers, so a span points at the printed line.
    Flagged lines keep their reason; dropped ones (out of the reading order) come back apart,
    numbered as the line they were printed before.
    """
    out: list[Line] = []
    dropped: list[Line] = []
    n = 0
    for page_no, page in enumerate(pages, start=1):
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
        kept = [text for line, text in zip(page, texts, strict=True) if not _dropped(line)]
        tidied = iter(tidy_lines([clean_text(t).rstrip() for t in kept]))
        where = page_no if paged else None
        for line in page:
            if isinstance(line, Flagged) and line.dropped:
                dropped.append(Line(" ".join(clean_text(line.text).split()), n + 1, where, line.reason))
                continue
            n += 1
            reason = line.reason if isinstance(line, Flagged) else None
            level = line.level if isinstance(line, Heading) else None
            block = isinstance(line, Block)
            out.append(Line(text=next(tidied), line=n, page=where, furniture=reason, heading=level, block=block))
    return out, dropped


def _dropped(line: str | Flagged | Heading | Block) -> bool:
    return isinstance(line, Flagged) and line.dropped


__all__ = ["READERS", "read", "sniff_kind"]
