"""Which pages of a PDF are read by OCR, and what a reader is told when they cannot be.

``--ocr auto`` (the default) sends a page to OCR when its text layer is missing (a scan) or
unreadable (glyph numbers from a font without a Unicode map, see :mod:`.textlayer`); pages with
a good text layer are never rendered, so a born-digital PDF pays only for the text test.
``always`` reads every page by OCR (a scan with a poor OCR layer of its own), ``never`` none.

Without Tesseract, or with ``never``, a page that needed OCR is named in a warning (a page of
glyph numbers is left out rather than parsed into nonsense), and a file with no readable page
at all is an error that says how to get OCR.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from ..errors import InputError
from ..model import LOW_OCR_CONFIDENCE
from .glyphs import GlyphColumns, PageContent, box_edges
from .layout import PlacedLine, assemble_page
from .textlayer import unreadable


@dataclass(frozen=True, slots=True)
class Scan:
    """Placed lines per page after OCR, with each line's confidence (None: text layer)."""

    placed: list[list[PlacedLine]]
    heights: list[float]
    confidences: list[list[float | None]]
    warnings: list[str]
    ocr_pages: tuple[int, ...]


def _pages(numbers: list[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(map(str, numbers))


def apply_ocr(data: bytes, name: str, placed: list[list[PlacedLine]], heights: list[float], mode: str) -> Scan:
    """Replace the lines of the pages that need OCR (per ``mode``) by what OCR reads on them."""
    from . import ocr

    # a page PDFium could not load has no size: nothing to render, and the reader already warned
    empty = [p for p, lines in enumerate(placed) if not lines and heights[p]]
    garbage = [p for p, lines in enumerate(placed) if lines and unreadable("\n".join(ln.text for ln in lines))]
    if mode == "always":
        need = list(range(len(placed)))
        ocr.require(name, "--ocr always asks for OCR")
    elif mode == "auto":
        need = sorted(empty + garbage)
    else:
        need = []
    if need and ocr.available():
        return _read_by_ocr(data, name, placed, heights, need)
    hint = "read it with --ocr auto" if mode == "never" else ocr.OCR_INSTALL
    warnings: list[str] = []
    for p in garbage:
        placed[p] = []
    if not any(placed):
        if garbage:
            raise InputError(
                f"cannot read {name}: its text layer is unreadable (glyph numbers from fonts without a "
                f"Unicode map, not letters); {hint}"
            )
        raise InputError(f"cannot read {name}: no text layer on any page: the PDF looks scanned; {hint}")
    if garbage:
        numbers = [p + 1 for p in garbage]
        warnings.append(f"unreadable text layer on {_pages(numbers)} (a font without a Unicode map); left out; {hint}")
    if empty:
        warnings.append(f"no text on {_pages([p + 1 for p in empty])} (scanned or blank); {hint}")
    return Scan(placed, heights, [[None] * len(lines) for lines in placed], warnings, ())


def _read_by_ocr(data: bytes, name: str, placed: list[list[PlacedLine]], heights: list[float], need: list[int]) -> Scan:
    from .ocr import scan_pages, version
    from .ocr.placing import layout_words, line_confidences

    confidences: list[list[float | None]] = [[None] * len(lines) for lines in placed]
    warnings: list[str] = []
    read: list[float] = []
    for p, page in zip(need, scan_pages(data, [p + 1 for p in need], name), strict=True):
        words, confs = layout_words(page)
        scale = 72.0 / page.dpi
        rules = [box_edges(x0 * scale, t * scale, x1 * scale, b * scale, stroked=True) for x0, t, x1, b in page.rules]
        content = PageContent(
            p + 1, page.width * scale, page.height * scale, GlyphColumns.of(()), tuple(r for rs in rules for r in rs)
        )
        placed[p] = assemble_page(content, words)
        heights[p] = content.height
        line_confs = line_confidences(placed[p], words, confs)
        confidences[p] = list(line_confs)
        read += line_confs
        warnings.extend(page.warnings)
    if not any(placed):
        raise InputError(f"cannot read {name}: OCR found no readable text on any page")
    numbers = [p + 1 for p in need]
    if read:
        low = sum(c < LOW_OCR_CONFIDENCE for c in read)
        warnings.append(
            f"{_pages(numbers)} read by OCR ({version() or 'Tesseract'}): mean line confidence "
            f"{fmean(read):.0f}, {low} of {len(read)} lines below {LOW_OCR_CONFIDENCE:.0f}"
        )
    ocr_pages = tuple(n for n in numbers if placed[n - 1])
    return Scan(placed, heights, confidences, warnings, ocr_pages)
