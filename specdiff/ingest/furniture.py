"""Running headers, footers and page numbers: printed on the page, not part of the standard.

PDF has no notion of a header or footer (jsvine/pdfplumber#843), so they are recognised by
where they sit and what they look like. A line in the top or bottom band of a page is furniture
when it
- repeats at about the same height on another page (digits blurred, so "Page 2" matches
  "Page 3" and a revision date may change),
- is a bare page number ("7", "- 7 -", "Page 7 of 9"),
- says the text continues ("Class Code 1514 CONT", "Clerk (Cont'd)", "continued"), or
- is the outermost line of a later page and runs a dot leader to a date or code
  ("Class Code 1514 . . . . 06-22-18"): the running foot of a two-page bulletin, which has no
  second page to repeat on.

Those are running lines and leave the reading order. A page may also print a footer of its own
(a first-page footer that no other page repeats): lines at the foot of a page, in the bottom band,
that sit as low as the running footers of the other pages do and are set off from the body text
above by a paragraph break (body text may run on into that zone, a footer never joins it). They
are the page's footer block; they stay in place, flagged (:func:`footer_blocks`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .layout import PlacedLine

BAND = 0.09  # share of the page height at the top and at the bottom where furniture lives
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page[\s.:,]*)?[-\u2013\u2014(]?\s*\d{1,4}\s*[-\u2013\u2014)]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", re.I
)
_CONTINUED = re.compile(r"(?<![a-z])(?:cont(?:inued|['\u2019]d|d)?)(?![a-z])", re.I)
_LEADER = re.compile(r"(?:\.\s?){4,}")
_ENDS_WITH_CODE = re.compile(r"[\d%]\S*\s*$")


def shape(text: str) -> str:
    """A line's text with digits and leaders blurred, so repeats match across pages."""
    text = _LEADER.sub(" ", text.lower())
    return " ".join(re.sub(r"\d+", "#", text).split())


def find_furniture(pages: Sequence[Sequence[PlacedLine]], heights: Sequence[float]) -> set[tuple[int, int]]:
    """(page index, line index) of every furniture line."""
    marks: set[tuple[int, int]] = set()
    banded: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for p, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        for line in lines:
            where = _band(line, height)
            if where:
                banded[(where, shape(line.text))].append((p, line.top))
    for p, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        for i, line in enumerate(lines):
            where = _band(line, height)
            if not where:
                continue
            seen = banded[(where, shape(line.text))]
            repeats = any(q != p and abs(top - line.top) <= 0.02 * height for q, top in seen)
            if repeats or _looks_like_furniture(line, i, lines, p):
                marks.add((p, i))
    return marks


FOOTER_SLACK = 0.02  # share of the page height above the highest running footer still read as footer


def footer_blocks(
    pages: Sequence[Sequence[PlacedLine]], heights: Sequence[float], running: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """(page index, line index) of lines ending a page below the top of the document's running
    footers (less a little slack), that are not running lines themselves."""
    tops = [
        line.top / height
        for p, (lines, height) in enumerate(zip(pages, heights, strict=True))
        for i, line in enumerate(lines)
        if (p, i) in running and _band(line, height) == "bottom"
    ]
    if not tops:
        return set()
    zone = min(tops) - FOOTER_SLACK
    out: set[tuple[int, int]] = set()
    for p, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        low: list[int] = []
        for i in range(len(lines) - 1, -1, -1):
            if (p, i) in running:
                continue
            if _band(lines[i], height) != "bottom" or lines[i].top / height < zone:
                break
            low.insert(0, i)
        # the block opens with a paragraph break: body text running on into the zone is not it
        start = next((k for k, i in enumerate(low) if lines[i].brk), len(low))
        out.update((p, i) for i in low[start:])
    return out


def _band(line: PlacedLine, height: float) -> str | None:
    if line.bottom <= height * BAND:
        return "top"
    if line.top >= height * (1 - BAND):
        return "bottom"
    return None


def _looks_like_furniture(line: PlacedLine, index: int, lines: Sequence[PlacedLine], page: int) -> bool:
    text = line.text.strip()
    if _PAGE_NUMBER.match(text):
        return True
    words = _LEADER.sub(" ", text).split()
    if len(words) <= 12 and _CONTINUED.search(text):
        return True
    outermost = index in (0, len(lines) - 1)
    return page > 0 and outermost and line.leader and len(words) <= 8 and bool(_ENDS_WITH_CODE.search(text))
