"""PDF to lines in reading order, with page furniture removed and hyphenated words rejoined.

A backend (pypdfium2 by default, or pdfplumber; see ``BACKENDS``) reports glyphs and ruling
lines; everything after that is ours and backend-neutral: glyphs to words (``glyphs``), words to
lines, paragraphs, table cells and columns (``layout``), running headers and footers
(``furniture``), line-end hyphens (``hyphen``). A paragraph break becomes a blank line, as a text file would have it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..errors import InputError
from ..gcpause import gc_paused
from .furniture import find_furniture, footer_blocks
from .glyphs import PageContent, words_from_columns
from .hyphen import rejoin
from .layout import PlacedLine, assemble_page
from .marks import PAGE_FOOTER, RUNNING, Flagged, PageLine, PageLines
from .ocr import OCR_MODES


def _plumber(data: bytes, name: str) -> list[PageContent]:
    from .plumber import read_pages

    return read_pages(data, name)


def _pdfium(data: bytes, name: str) -> list[PageContent]:
    from .pdfium import read_pages

    return read_pages(data, name)


BACKENDS: dict[str, Callable[[bytes, str], list[PageContent]]] = {"pdfplumber": _plumber, "pdfium": _pdfium}


class PdfText(NamedTuple):
    """A PDF read: pages of text lines, warnings, each line's OCR confidence (None where the
    text layer was read) and the pages read by OCR (1-based)."""

    pages: PageLines
    warnings: list[str]
    confidences: list[list[float | None]]  # one per entry of each page, flagged lines too
    ocr_pages: tuple[int, ...] = ()


def read_pdf(data: bytes, name: str, *, backend: str = "pdfium", ocr: str = "auto") -> PdfText:
    """Pages of lines from a PDF; raises InputError for encrypted or broken files, and for a
    scanned one when OCR is off or not installed.

    ``ocr``: ``auto`` reads by OCR the pages whose text layer is missing or unreadable (see
    :mod:`.textlayer`), ``always`` every page, ``never`` none."""
    if backend not in BACKENDS:
        raise InputError(f"unknown PDF backend {backend!r}; valid backends: {', '.join(BACKENDS)}")
    if ocr not in OCR_MODES:
        raise InputError(f"unknown OCR mode {ocr!r}; valid modes: {', '.join(OCR_MODES)}")
    with gc_paused():  # hundreds of thousands of short-lived acyclic objects (see specdiff.gcpause)
        contents = BACKENDS[backend](data, name)
        if not contents:
            raise InputError(f"cannot read {name}: the PDF has no pages")
        placed = [assemble_page(page, words_from_columns(page.glyphs)) for page in contents]
    return _read_placed(data, name, contents, placed, ocr)


def _read_placed(
    data: bytes, name: str, contents: Sequence[PageContent], placed: list[list[PlacedLine]], ocr: str
) -> PdfText:
    from .scanned import apply_ocr

    scan = apply_ocr(data, name, placed, [page.height for page in contents], ocr)
    return lines_from_placed(scan.placed, scan.heights, name, scan.confidences, scan.warnings, scan.ocr_pages)


def lines_from_placed(
    placed: Sequence[Sequence[PlacedLine]],
    heights: Sequence[float],
    name: str,
    confidences: Sequence[Sequence[float | None]],
    warnings: list[str],
    ocr_pages: tuple[int, ...],
) -> PdfText:
    """The backend-neutral half of :func:`read_pdf`: placed lines (from a text layer or OCR) to
    pages of text lines, hyphenated words rejoined; confidences follow their lines.

    Running headers and footers leave the reading order (flagged ``dropped``, kept for the
    record); a page's own footer block stays where it was printed, flagged as furniture."""
    furniture = find_furniture(placed, heights)
    footers = footer_blocks(placed, heights, furniture)
    aside = furniture | footers
    kept = [[ln for i, ln in enumerate(lines) if (p, i) not in aside] for p, lines in enumerate(placed)]
    kept_conf = [[c for i, c in enumerate(confs) if (p, i) not in aside] for p, confs in enumerate(confidences)]
    texts = [_to_text(lines, confs) for lines, confs in zip(kept, kept_conf, strict=True)]
    pages = [text for text, _ in texts]
    page_confs = [confs for _, confs in texts]
    for p in range(1, len(kept)):
        if kept[p] and pages[p - 1] and pages[p - 1][-1] and _starts_paragraph(kept[p - 1], kept[p][0]):
            pages[p - 1].append("")
            page_confs[p - 1].append(None)
    out: PageLines = []
    out_conf: list[list[float | None]] = []
    joined = _rejoin_across_pages(pages)
    for p, (body, body_conf, lines) in enumerate(zip(joined, page_confs, placed, strict=True)):
        confs = confidences[p]
        first = min((i for i in range(len(lines)) if (p, i) not in aside), default=len(lines))
        running = [i for i in range(len(lines)) if (p, i) in furniture]
        head = [i for i in running if i < first]
        tail = [i for i in running if i > first]
        foot = [i for i in range(len(lines)) if (p, i) in footers]
        page: list[PageLine] = [Flagged(lines[i].text, RUNNING, dropped=True) for i in head]
        page += body
        page += [Flagged(lines[i].text, PAGE_FOOTER) for i in foot]
        page += [Flagged(lines[i].text, RUNNING, dropped=True) for i in tail]
        out.append(page)
        out_conf.append([*(confs[i] for i in head), *body_conf, *(confs[i] for i in foot), *(confs[i] for i in tail)])
    return PdfText(out, warnings, out_conf, ocr_pages)


def _starts_paragraph(before: list[PlacedLine], first: PlacedLine) -> bool:
    """Whether the first line of a page begins a new paragraph: it follows a rule, it is a short
    capitalised heading, or the last line of the page before stops well short of that page's
    right margin (a paragraph's end)."""
    if first.brk or (first.text.isupper() and len(first.text) <= 60):
        return True
    if not before:
        return False
    right = max(ln.x1 for ln in before)
    last = before[-1]
    return last.x1 < right - 0.15 * (right - min(ln.x0 for ln in before))


def _to_text(lines: list[PlacedLine], confs: list[float | None]) -> tuple[list[str], list[float | None]]:
    out: list[str] = []
    out_conf: list[float | None] = []
    for line, conf in zip(lines, confs, strict=True):
        if line.brk and out:
            out.append("")
            out_conf.append(None)
        out.append(" " * line.indent + line.text)
        out_conf.append(conf)
    return out, out_conf


def _rejoin_across_pages(pages: list[list[str]]) -> list[list[str]]:
    """Rejoin hyphenated words over the whole document (a word may break across a page end)."""
    flat = [text for page in pages for text in page]
    joined = rejoin(flat)
    out: list[list[str]] = []
    start = 0
    for page in pages:
        out.append(joined[start : start + len(page)])
        start += len(page)
    return out
