"""PDF to lines in reading order, with page furniture removed and hyphenated words rejoined.

PDF has no notion of a header, footer or paragraph (jsvine/pdfplumber#843), so they are
inferred: text repeated at the same place across pages is furniture; a vertical gap larger than
the usual line pitch is a paragraph break (emitted as a blank line, as a text file would have).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from io import BytesIO
from statistics import median
from typing import Any

from ..errors import InputError

BAND = 0.09  # top and bottom share of the page height where running headers/footers live
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*)?[-\u2013\u2014(]?\s*\d{1,4}\s*[-\u2013\u2014)]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", re.I
)
_HYPHEN_END = re.compile(r"([A-Za-z]{2,})[-\u00ad]$")


@dataclass(slots=True)
class _PdfLine:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float


def read_pdf(data: bytes, name: str) -> tuple[list[list[str]], list[str]]:
    """Pages of lines from a PDF; raises InputError for encrypted, broken or scanned files."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    warnings: list[str] = []
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            heights = [float(p.height) for p in pdf.pages]
            raw_pages = [_page_lines(page) for page in pdf.pages]
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(f"cannot read {name}: the PDF is encrypted") from exc
    except PDFSyntaxError as exc:
        raise InputError(f"cannot read {name}: the PDF is damaged or truncated ({exc})") from exc
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise InputError(f"cannot read {name}: the PDF is encrypted") from exc
        raise InputError(f"cannot read {name}: the PDF is damaged or truncated ({type(exc).__name__})") from exc
    if not raw_pages:
        raise InputError(f"cannot read {name}: the PDF has no pages")
    if not any(raw_pages):
        raise InputError(f"cannot read {name}: no text layer on any page: the PDF looks scanned; run OCR first")
    empty = [str(i) for i, lines in enumerate(raw_pages, start=1) if not lines]
    if empty:
        warnings.append(f"no text on page {', '.join(empty)} (scanned or blank)")
    furniture = _furniture(raw_pages, heights)
    pages: list[list[str]] = []
    for index, lines in enumerate(raw_pages):
        kept = [ln for ln in lines if (index, id(ln)) not in furniture]
        pages.append(_to_text(kept))
    _rejoin_hyphens(pages)
    return pages, warnings


def _page_lines(page: Any) -> list[_PdfLine]:
    """Words grouped into lines by their vertical position, left to right within a line."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["size"])
    words.sort(key=lambda w: (round(float(w["top"]), 0), float(w["x0"])))
    lines: list[list[dict[str, Any]]] = []
    for word in words:
        if lines:
            last = lines[-1]
            ref = last[0]
            tolerance = max(2.0, 0.5 * float(ref["bottom"]) - 0.5 * float(ref["top"]))
            if abs(float(word["top"]) - float(ref["top"])) <= tolerance:
                last.append(word)
                continue
        lines.append([word])
    out = []
    for group in lines:
        group.sort(key=lambda w: float(w["x0"]))
        out.append(
            _PdfLine(
                text=_join_words(group),
                top=min(float(w["top"]) for w in group),
                bottom=max(float(w["bottom"]) for w in group),
                x0=float(group[0]["x0"]),
                x1=float(group[-1]["x1"]),
                size=median(float(w.get("size") or 10) for w in group),
            )
        )
    out.sort(key=lambda ln: (ln.top, ln.x0))
    return out


def _join_words(words: list[dict[str, Any]]) -> str:
    """Words of one line with one space between them, or several where the gap is wide
    (label/value forms and tab stops), so later stages can still see the column break."""
    parts = [words[0]["text"]]
    for prev, word in itertools.pairwise(words):
        gap = float(word["x0"]) - float(prev["x1"])
        size = float(word.get("size") or 10)
        parts.append("    " if gap > 2.5 * size else " ")
        parts.append(word["text"])
    return "".join(parts)


def _shape(text: str) -> str:
    """A line's text with its digits blurred, so "Page 2" and "Page 3" repeat as one header."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _furniture(pages: list[list[_PdfLine]], heights: list[float]) -> set[tuple[int, int]]:
    """Lines in the top or bottom band that repeat on most pages, and lone page numbers there."""
    marks: set[tuple[int, int]] = set()
    if not pages:
        return marks
    in_band: list[list[_PdfLine]] = []
    for lines, height in zip(pages, heights, strict=False):
        band = [ln for ln in lines if ln.top < height * BAND or ln.bottom > height * (1 - BAND)]
        in_band.append(band)
    counts = Counter(shape for band in in_band for shape in {_shape(ln.text) for ln in band})
    need = max(2, (len(pages) + 1) // 2)
    for index, band in enumerate(in_band):
        for ln in band:
            if (len(pages) > 1 and counts[_shape(ln.text)] >= need) or _PAGE_NUMBER.match(ln.text):
                marks.add((index, id(ln)))
    return marks


def _to_text(lines: list[_PdfLine]) -> list[str]:
    """Lines as text, with a blank line where the vertical gap says a paragraph ended, and
    leading spaces for indentation relative to the page's left margin."""
    if not lines:
        return []
    pitches = [b.top - a.top for a, b in itertools.pairwise(lines) if b.top > a.top]
    pitch = median(pitches) if pitches else 12.0
    left = min(ln.x0 for ln in lines)
    out: list[str] = []
    for prev, ln in zip([None, *lines], lines, strict=False):
        if prev is not None and ln.top - prev.top > 1.6 * pitch:
            out.append("")
        indent = int(max(0.0, ln.x0 - left) / max(ln.size * 0.5, 1.0))
        out.append(" " * min(indent, 40) + ln.text)
    return out


def _rejoin_hyphens(pages: list[list[str]]) -> None:
    """Rejoin a word hyphenated across a line end ("classifi-" + "cation ...") in place.

    Only when the next line starts with a lower-case letter: "state-" + "Regulated" or a list
    dash is left alone. The hyphen is kept when the document spells the compound with a hyphen
    elsewhere ("state-regulated"), dropped otherwise.
    """
    corpus = " ".join(" ".join(page) for page in pages)
    flat = [(p, i) for p, page in enumerate(pages) for i, text in enumerate(page) if text.strip()]
    for (p, i), (q, j) in itertools.pairwise(flat):
        line, nxt = pages[p][i], pages[q][j]
        match = _HYPHEN_END.search(line.rstrip())
        stripped = nxt.lstrip()
        if not match or not stripped[:1].islower():
            continue
        head, _, rest = stripped.partition(" ")
        tail = re.match(r"[A-Za-z]+", head)
        if not tail:
            continue
        word = match.group(1)
        keep = f"{word}-{tail.group(0)}".lower() in corpus.lower()
        pages[p][i] = line.rstrip()[:-1] + ("-" if keep else "") + head
        indent = nxt[: len(nxt) - len(stripped)]
        pages[q][j] = indent + rest if rest else ""
