"""What a PDF backend hands the layout code: glyphs and ruling lines with boxes, nothing else.

Line assembly (``layout.py``), furniture removal (``furniture.py``) and hyphen rejoining
(``hyphen.py``) work only on these types, so a second backend (pypdfium2, fast) and the first
(pdfplumber, thorough) give the same lines as long as they report the same glyphs. Coordinates
are PDF points with the origin at the top left of the page (``top`` grows downwards), as
pdfplumber reports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Glyph:
    """One printed character (a space glyph included) and its box; ``size`` is the font size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(frozen=True, slots=True)
class Word:
    """Glyphs printed together without a gap: the unit layout works with."""

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
    a word. Glyphs are first grouped into text lines, so content-stream order does not matter."""
    words: list[Word] = []
    for row in _rows(glyphs):
        row.sort(key=lambda g: g.x0)
        current: list[Glyph] = []
        for glyph in row:
            if glyph.text.isspace() or not glyph.text:
                words.extend(_word(current))
                current = []
                continue
            if current and glyph.x0 - current[-1].x1 > 0.2 * max(glyph.size, current[-1].size, 1.0):
                words.extend(_word(current))
                current = []
            current.append(glyph)
        words.extend(_word(current))
    return words


def _rows(glyphs: Iterable[Glyph]) -> list[list[Glyph]]:
    """Glyphs whose vertical middles lie within each other's boxes share a row."""
    rows: list[tuple[float, float, list[Glyph]]] = []
    for glyph in sorted(glyphs, key=lambda g: (round(g.bottom, 1), g.x0)):
        mid = (glyph.top + glyph.bottom) / 2
        for index in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom, members = rows[index]
            if top <= mid <= bottom:
                members.append(glyph)
                break
        else:
            rows.append((glyph.top, glyph.bottom, [glyph]))
    return [members for _, _, members in rows]


def _word(glyphs: list[Glyph]) -> list[Word]:
    if not glyphs:
        return []
    return [
        Word(
            text="".join(g.text for g in glyphs),
            x0=min(g.x0 for g in glyphs),
            x1=max(g.x1 for g in glyphs),
            top=min(g.top for g in glyphs),
            bottom=max(g.bottom for g in glyphs),
            size=max(g.size for g in glyphs),
        )
    ]
