"""What a PDF backend hands the layout code: glyphs and ruling lines with boxes, nothing else.

Line assembly (``layout.py``), furniture removal (``furniture.py``) and hyphen rejoining
(``hyphen.py``) work only on these types, so a second backend (pypdfium2, fast) and the first
(pdfplumber, thorough) give the same lines as long as they report the same glyphs. Coordinates
are PDF points with the origin at the top left of the page (``top`` grows downwards), as
pdfplumber reports them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
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
    :class:`Glyph`, because a page makes hundreds of them). Its fields are a Glyph's, in the same
    order, so :func:`baseline_rows` groups either by position."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


class GlyphColumns(NamedTuple):
    """A page's glyphs as six parallel columns (the fields of :class:`Glyph`, in its order).

    PDFium hands over each property of a page's characters as one list; building a Glyph for
    each of the page's thousands of characters only for :func:`words_from_columns` to take them
    apart again was a fifth of reading a PDF, so a backend may give columns instead. The PDFium
    backend gives the texts as one string (one character per glyph) and the numbers as NumPy
    float arrays, which :mod:`.glyph_arrays` works on without converting them.
    """

    texts: Sequence[str]
    x0s: Sequence[float]
    x1s: Sequence[float]
    tops: Sequence[float]
    bottoms: Sequence[float]
    sizes: Sequence[float]

    @classmethod
    def of(cls, glyphs: Iterable[Glyph]) -> GlyphColumns:
        """The columns of a sequence of glyphs."""
        listed = list(glyphs)
        if not listed:
            return cls([], [], [], [], [], [])
        texts, x0s, x1s, tops, bottoms, sizes = (list(column) for column in zip(*listed, strict=True))
        return cls(texts, x0s, x1s, tops, bottoms, sizes)

    def glyphs(self) -> list[Glyph]:
        """The glyphs, one per position."""
        return list(map(_make_glyph, zip(*self, strict=True)))


_make_glyph = functools.partial(tuple.__new__, Glyph)  # Glyph._make without a Python frame per glyph
_new_word = functools.partial(tuple.__new__, Word)  # the same for words


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
    """One page as a backend sees it: size, glyphs in any order (as columns), ruling lines."""

    number: int
    width: float
    height: float
    glyphs: GlyphColumns
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


def words_from_columns(columns: GlyphColumns) -> list[Word]:
    """Glyphs to words: a space glyph or a horizontal gap wider than 0.15 of the font size ends
    a word (a justified line's tightest space is about 0.17 em; letters inside a word sit closer
    than 0.05 em, and letter-spaced banners are closed up later, in ``layout``). Glyphs are first
    grouped into text lines, so content-stream order does not matter.

    The work is done page at a time by array operations (:mod:`.glyph_arrays`); a page with a
    NaN or infinite coordinate takes :func:`_listed_words`, the same rules on lists."""
    if not columns.texts:
        return []
    from .glyph_arrays import finite_floats, words

    floats = finite_floats(*columns[1:])
    return _listed_words(columns) if floats is None else words(columns, floats)


def _listed_words(columns: GlyphColumns) -> list[Word]:
    """:func:`words_from_columns` on lists: the page's glyphs put in reading order (rows, each
    sorted by x) as one list of positions, the columns taken in that order by ``map``, word
    boundaries (and row ends) found in one comprehension over the page, and each word built from
    slices."""
    texts, x0s, x1s, tops, bottoms, sizes = columns
    spaces = {text for text in set(texts) if not text or text.isspace()}  # a page has few distinct texts
    is_blank = list(map(spaces.__contains__, texts))
    order: list[int] = []
    row_starts: list[int] = []
    for row in _row_positions(tops, bottoms, x0s):
        row.sort(key=x0s.__getitem__)
        row_starts.append(len(order))
        order += _without_stray_blanks(row, is_blank, bottoms, sizes)
    if not order:
        return []
    rt = list(map(texts.__getitem__, order))
    rx0, rx1 = list(map(x0s.__getitem__, order)), list(map(x1s.__getitem__, order))
    rtop, rbottom = list(map(tops.__getitem__, order)), list(map(bottoms.__getitem__, order))
    rsize = list(map(sizes.__getitem__, order))
    blank = list(map(is_blank.__getitem__, order))
    floor = rsize if min(rsize) >= 1.0 else [size if size >= 1.0 else 1.0 for size in rsize]  # max(a, b, 1) rule
    ends_before = [
        here or before or x0 - x1 > 0.15 * (size if size >= prior else prior)
        for here, before, x0, x1, size, prior in zip(blank[1:], blank, rx0[1:], rx1, floor[1:], floor, strict=False)
    ]
    for start in row_starts[1:]:  # a row's end ends its last word
        ends_before[start - 1] = True
    cuts = [0, *itertools.compress(range(1, len(order)), ends_before), len(order)]
    return [
        _new_word(
            (
                "".join(rt[start:stop]),
                rx0[start],  # each row is sorted by x0
                max(rx1[start:stop]),
                min(rtop[start:stop]),
                max(rbottom[start:stop]),
                max(rsize[start:stop]),
            )
        )
        for start, stop in itertools.pairwise(cuts)
        if not blank[start]
    ]


def _without_stray_blanks(
    row: list[int], is_blank: list[bool], bottoms: Sequence[float], sizes: Sequence[float]
) -> list[int]:
    """The row without blank glyphs of another baseline. An empty paragraph or a line of spaces
    printed over the text (a blank line under a large title, a space at the next line's start)
    falls into the row by its middle; a space there is no word break: it would cut "ADVANCE"
    into "A DVANCE" wherever it lands. Spaces on the row's own baseline stay.

    The row's baseline is its most common inked bottom rounded to the point (the first such in
    row order among equals); the bottoms are counted as they are, then each distinct one rounded
    once, which gives the same counts in the same order."""
    flags = list(map(is_blank.__getitem__, row))
    if not any(flags):
        return row
    blanks = list(itertools.compress(row, flags))
    if len(blanks) == len(row):
        return row
    raw = Counter(map(bottoms.__getitem__, itertools.compress(row, map(operator.not_, flags))))
    inked: Counter[int] = Counter()
    for bottom, count in raw.items():
        inked[round(bottom)] += count
    base = inked.most_common(1)[0][0]
    # blanks share a few (bottom, size) pairs: test each pair once
    pairs = set(zip(map(bottoms.__getitem__, blanks), map(sizes.__getitem__, blanks), strict=True))
    away = {pair for pair in pairs if abs(pair[0] - base) > 0.25 * max(pair[1], 1.0)}
    if not away:
        return row
    stray = {i for i in blanks if (bottoms[i], sizes[i]) in away}
    return [i for i in row if i not in stray]


_X0, _TOP, _BOTTOM = operator.itemgetter(1), operator.itemgetter(3), operator.itemgetter(4)  # Glyph and Word fields
_Box = TypeVar("_Box", "Glyph", "Word")


def baseline_rows(glyphs: Iterable[_Box]) -> list[list[_Box]]:
    """Glyphs (or words) whose vertical middles lie within a row's box share it (one of the last
    three rows opened, in order of baseline then x). Rows come in the order they were opened,
    members in that sort order."""
    listed = list(glyphs)
    if not listed:
        return []
    tops, bottoms, x0s = list(map(_TOP, listed)), list(map(_BOTTOM, listed)), list(map(_X0, listed))
    from .glyph_arrays import finite_floats, row_lists

    floats = finite_floats(tops, bottoms, x0s)
    rows = _row_positions(tops, bottoms, x0s) if floats is None else row_lists(*floats)
    return [list(map(listed.__getitem__, row)) for row in rows]


def _by_baseline_then_x(baselines: list[float], x0s: Sequence[float]) -> list[int]:
    """Positions in order of (baseline, x0, position). PDFium's order is mostly reading order, so
    sorting by baseline first finds long runs, and each baseline's glyphs (few per line, mostly
    in order already) are then sorted by x0; a NaN baseline, which has no place in that order,
    takes the plain two-key sort."""
    n = len(baselines)
    if any(b != b for b in set(baselines)):
        order = sorted(range(n), key=x0s.__getitem__)
        order.sort(key=baselines.__getitem__)
        return order
    order = sorted(range(n), key=baselines.__getitem__)
    keys = list(map(baselines.__getitem__, order))
    out: list[int] = []
    start = 0
    while start < n:
        stop = bisect.bisect_right(keys, keys[start], start)
        run = order[start:stop]
        run.sort(key=x0s.__getitem__)
        out += run
        start = stop
    return out


def _row_positions(tops: Sequence[float], bottoms: Sequence[float], x0s: Sequence[float]) -> list[list[int]]:
    """:func:`baseline_rows` on columns: rows as lists of positions.

    The sort key rounds each baseline to 0.1 pt; ``round`` is slow and a page has only a few
    distinct baselines, so each is rounded once."""
    if not tops:
        return []
    rounded = {b: round(b, 1) for b in set(bottoms)}
    order = _by_baseline_then_x(list(map(rounded.__getitem__, bottoms)), x0s)
    mids = [(tops[i] + bottoms[i]) / 2 for i in order]
    rows: list[tuple[float, float, list[int]]] = []
    top = bottom = 0.0
    members: list[int] = []
    start = 0
    for mid, run in itertools.groupby(mids):  # where a glyph goes depends only on its middle and the
        stop = start + len(list(run))  # rows opened before it, so equal middles in a row go together
        if rows and top <= mid <= bottom:
            members += order[start:stop]
        else:
            for index in range(len(rows) - 2, max(-1, len(rows) - 4), -1):
                if rows[index][0] <= mid <= rows[index][1]:
                    rows[index][2].extend(order[start:stop])
                    break
            else:
                i = order[start]
                top, bottom, members = tops[i], bottoms[i], order[start:stop]
                rows.append((top, bottom, members))
        start = stop
    return [row for _, _, row in rows]
