"""What a PDF backend hands the layout code: glyphs and ruling lines with boxes, nothing else.

Line assembly (``layout.py``), furniture removal (``furniture.py``) and hyphen rejoining
(``hyphen.py``) work only on these types, so a second backend (pypdfium2, fast) and the first
(pdfplumber, thorough) give the same lines as long as they report the same glyphs. Coordinates
are PDF points with the origin at the top left of the page (``top`` grows downwards), as
pdfplumber reports them.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple, TypeVar


class Glyph(NamedTuple):
    """One printed character (a space glyph included) and its box; ``size`` is the font size.

    A named tuple, not a frozen dataclass like the other records: a page holds thousands of
    glyphs, and a frozen dataclass pays one ``object.__setattr__`` per field to build each one
    (about half the cost of reading a glyph from PDFium). It is just as immutable.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


class Word(NamedTuple):
    """Glyphs printed together without a gap: the unit layout works with (a named tuple, like
    :class:`Glyph`, because a page makes hundreds of them)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A drawn line or one edge of a drawn box: table borders, underlines, boxed headings."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.bottom - self.top) <= 3.0 and (self.x1 - self.x0) > 3.0

    @property
    def vertical(self) -> bool:
        return (self.x1 - self.x0) <= 3.0 and (self.bottom - self.top) > 3.0


@dataclass(frozen=True, slots=True)
class PageContent:
    """One page as a backend sees it: size, glyphs in any order, ruling lines."""

    number: int
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    rules: tuple[Rule, ...] = ()


def box_edges(x0: float, top: float, x1: float, bottom: float, *, stroked: bool) -> list[Rule]:
    """A drawn rectangle as the rules it shows: itself when thin (a line drawn as a filled
    sliver), its four edges when stroked, none when it is only a fill (a cell background or a
    highlight behind a line of text shows no border).
    """
    width, height = x1 - x0, bottom - top
    if width <= 3.0 or height <= 3.0:
        return [Rule(x0, top, x1, bottom)]
    if not stroked:
        return []
    return [Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom), Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom)]


def words_from_glyphs(glyphs: Iterable[Glyph]) -> list[Word]:
    """Glyphs to words: a space glyph or a horizontal gap wider than a fifth of the font size ends
    a word. Glyphs are first grouped into text lines, so content-stream order does not matter.

    Written for speed (it runs once per glyph): local names, no per-glyph function calls."""
    words: list[Word] = []
    for row in baseline_rows(glyphs):
        row.sort(key=_X0)
        current: list[Glyph] = []
        last: Glyph | None = None
        for glyph in row:
            text = glyph.text
            if not text or text.isspace():
                if current:
                    words.append(_word(current))
                current, last = [], None
                continue
            if last is not None:
                size = glyph.size if glyph.size >= last.size else last.size
                if glyph.x0 - last.x1 > 0.2 * (size if size >= 1.0 else 1.0):
                    words.append(_word(current))
                    current = []
            current.append(glyph)
            last = glyph
        if current:
            words.append(_word(current))
    return words


_X0, _TOP, _BOTTOM = operator.itemgetter(1), operator.itemgetter(3), operator.itemgetter(4)  # Glyph and Word fields
_Box = TypeVar("_Box", "Glyph", "Word")


def baseline_rows(glyphs: Iterable[_Box]) -> list[list[_Box]]:
    """Glyphs (or words) whose vertical middles lie within a row's box share it (one of the last
    three rows opened, in order of baseline then x). Rows come in the order they were opened,
    members in that sort order.

    The sort key rounds each baseline to 0.1 pt; ``round`` is slow and a page has only a few
    distinct baselines, so each is rounded once."""
    listed = list(glyphs)
    if not listed:
        return []
    tops, bottoms = list(map(_TOP, listed)), list(map(_BOTTOM, listed))
    rounded = {b: round(b, 1) for b in set(bottoms)}
    order = sorted(range(len(listed)), key=list(map(_X0, listed)).__getitem__)
    order.sort(key=list(map(rounded.__getitem__, bottoms)).__getitem__)  # stable: (baseline, x0, index)
    rows: list[tuple[float, float, list[_Box]]] = []
    top = bottom = 0.0
    members: list[_Box] = []
    for i in order:
        mid = (tops[i] + bottoms[i]) / 2
        if rows and top <= mid <= bottom:
            members.append(listed[i])
            continue
        for index in range(len(rows) - 2, max(-1, len(rows) - 4), -1):
            if rows[index][0] <= mid <= rows[index][1]:
                rows[index][2].append(listed[i])
                break
        else:
            top, bottom, members = tops[i], bottoms[i], [listed[i]]
            rows.append((top, bottom, members))
    return [row for _, _, row in rows]


def _word(glyphs: list[Glyph]) -> Word:
    texts, x0s, x1s, tops, bottoms, sizes = zip(*glyphs, strict=True)
    return Word("".join(texts), min(x0s), max(x1s), min(tops), max(bottoms), max(sizes))
