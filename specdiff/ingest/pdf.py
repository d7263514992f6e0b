"""PDF to lines in reading order, with page furniture removed and hyphenated words rejoined.

A backend (pypdfium2 by default, or pdfplumber; see ``BACKENDS``) reports glyphs and ruling
lines; everything after that is ours and backend-neutral: glyphs to words (``pdfbox``), words to
lines, paragraphs, table cells and columns (``layout``), running headers and footers
(``furniture``), line-end hyphens (``hyphen``). A paragraph break becomes a blank line, as a text file would have it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import InputError
from ..gcpause import gc_paused
from .furniture import find_furniture, footer_blocks
from .hyphen import rejoin
from .layout import PlacedLine, assemble_page
from .marks import PAGE_FOOTER, RUNNING, Flagged, PageLine, PageLines
from .pdfbox import PageContent, words_from_columns


def _plumber(data: bytes, name: str) -> list[PageContent]:
    from .plumber import read_pages

    return read_pages(data, name)


def _pdfium(data: bytes, name: str) -> list[PageContent]:
    from .pdfium import read_pages

    return read_pages(data, name)


BACKENDS: dict[str, Callable[[bytes, str], list[PageContent]]] = {"pdfplumber": _plumber, "pdfium": _pdfium}


def read_pdf(data: bytes, name: str, *, backend: str = "pdfium") -> tuple[PageLines, list[str]]:
    """Pages of lines from a PDF; raises InputError for encrypted, broken or scanned files."""
    if backend not in BACKENDS:
        raise InputError(f"unknown PDF backend {backend!r}; valid backends: {', '.join(BACKENDS)}")
    with gc_paused():  # hundreds of thousands of short-lived acyclic objects (see specdiff.gcpause)
        return lines_from_pages(BACKENDS[backend](data, name), name)


def lines_from_pages(contents: Sequence[PageContent], name: str) -> tuple[PageLines, list[str]]:
    """The backend-neutral half of :func:`read_pdf`: page contents to pages of text lines."""
    if not contents:
        raise InputError(f"cannot read {name}: the PDF has no pages")
    placed = [assemble_page(page, words_from_columns(page.glyphs)) for page in contents]
    if not any(placed):
        raise InputError(f"cannot read {name}: no text layer on any page: the PDF looks scanned; run OCR first")
    warnings: list[str] = []
    empty = [str(i) for i, lines in enumerate(placed, start=1) if not lines]
    if empty:
        warnings.append(f"no text on page {', '.join(empty)} (scanned or blank)")
    heights = [page.height for page in contents]
    furniture = find_furniture(placed, heights)
    footers = footer_blocks(placed, heights, furniture)
    aside = furniture | footers
    kept = [[ln for i, ln in enumerate(lines) if (p, i) not in aside] for p, lines in enumerate(placed)]
    pages = [_to_text(lines) for lines in kept]
    for p in range(1, len(kept)):
        if kept[p] and pages[p - 1] and pages[p - 1][-1] and _starts_paragraph(kept[p - 1], kept[p][0]):
            pages[p - 1].append("")
    out: PageLines = []
    for p, (body, lines) in enumerate(zip(_rejoin_across_pages(pages), placed, strict=True)):
        first = min((i for i in range(len(lines)) if (p, i) not in aside), default=len(lines))
        running = [(i, Flagged(ln.text, RUNNING, dropped=True)) for i, ln in enumerate(lines) if (p, i) in furniture]
        head = [f for i, f in running if i < first]
        tail = [f for i, f in running if i > first]
        foot: list[PageLine] = [Flagged(ln.text, PAGE_FOOTER) for i, ln in enumerate(lines) if (p, i) in footers]
        out.append([*head, *body, *foot, *tail])
    return out, warnings


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


def _to_text(lines: list[PlacedLine]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line.brk and out:
            out.append("")
        out.append(" " * line.indent + line.text)
    return out


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
