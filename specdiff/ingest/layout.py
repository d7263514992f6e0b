"""Words and ruling lines of one page to text lines in reading order.

A PDF page is ink at coordinates; the reading order, the paragraphs and the table cells are
inferred here, from geometry only, so every backend that reports the same words gets the same
lines:

- words sharing a baseline form a line; a letter-spaced banner ("J o b  D e s c r i p t i o n")
  is closed up by telling letter gaps from word gaps;
- a long horizontal rule (a table border) or a vertical gap wider than the usual line pitch
  ends a paragraph;
- vertical rules crossing a band of lines split it into table cells: a row whose cells hold one
  line each becomes one line ``cell | cell``, a row with longer cells is read cell by cell (as
  the DOCX reader reads the same table);
- without rules, a whitespace gutter running down several lines splits them into columns: prose
  columns are read one after the other, a label/value form row by row.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from statistics import median
from typing import NamedTuple

from .glyph_arrays import finite_floats, rows_by_x
from .glyphs import PageContent, Rule, Word, baseline_rows

CELL_SEP = " | "
TAB = "    "  # a gap of several ems inside a line (tab stops, a right-aligned code), as text files show it
_MIN_RULE_SHARE = 0.6  # a horizontal rule ends a paragraph when it spans this share of the text
_MIN_RUN = 3  # lines a gutter must run through to count as a column break


@dataclass(frozen=True, slots=True)
class PlacedLine:
    """A line of text with its box; ``brk`` marks a paragraph break before it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    brk: bool = False
    indent: int = 0
    leader: bool = False  # a dot leader was dropped from it (running feet often have one)


class _Row(NamedTuple):
    """Words printed on one line, left to right, with the line's box (``x1``: its right edge,
    asked for every row several times, so computed once by :func:`_row`)."""

    words: tuple[Word, ...]
    top: float
    bottom: float
    x1: float

    @property
    def x0(self) -> float:
        return self.words[0].x0


def _row(words: tuple[Word, ...], top: float, bottom: float) -> _Row:
    return _Row(words, top, bottom, max(w.x1 for w in words))


def assemble_page(page: PageContent, words: Sequence[Word]) -> list[PlacedLine]:
    """The page's lines in reading order with paragraph breaks marked."""
    rows = group_rows(words)
    if not rows:
        return []
    left = min(r.x0 for r in rows)
    right = max(r.x1 for r in rows)
    hrules = _long_hrules(page.rules, left, right)
    vrules = [r for r in page.rules if r.vertical]
    out: list[PlacedLine] = []
    ruled_above = any((r.top + r.bottom) / 2 < rows[0].top for r in hrules)
    usual = _usual_gap(rows)
    for band in _bands(rows, hrules):
        cuts = _cell_cuts(band, vrules)
        lines = _table_band(band, cuts, usual) if cuts else _columns_or_flow(band, left, right, _margin(rows))
        if lines:
            out.append(replace(lines[0], brk=bool(out) or ruled_above))
            out.extend(lines[1:])
    return _paragraphs(out, usual)


def group_rows(words: Sequence[Word]) -> list[_Row]:
    """Words whose vertical middles fall inside a row's box join it; rows sorted top to bottom.

    Done by array operations (:mod:`.glyph_arrays`) unless a coordinate is NaN or infinite."""
    listed = list(words)
    floats = finite_floats([w.top for w in listed], [w.bottom for w in listed], [w.x0 for w in listed])
    if floats is None:
        groups = [sorted(ws, key=lambda w: w.x0) for ws in baseline_rows(listed)]
        out = [_row(tuple(ws), min(w.top for w in ws), max(w.bottom for w in ws)) for ws in groups]
    else:
        members, tops, bottoms = rows_by_x(*floats) if listed else ([], [], [])
        rows = zip(members, tops, bottoms, strict=True)
        out = [_row(tuple(map(listed.__getitem__, row)), top, bottom) for row, top, bottom in rows]
    out.sort(key=lambda r: (r.top, r.x0))
    return out


def _long_hrules(rules: Sequence[Rule], left: float, right: float) -> list[Rule]:
    """Horizontal rules merged where they touch, kept when they span most of the text width
    (table borders), dropped when short (underlines, boxes round a heading)."""
    flat = sorted((r for r in rules if r.horizontal), key=lambda r: (round(r.top), r.x0))
    merged: list[Rule] = []
    for rule in flat:
        last = merged[-1] if merged else None
        if last and abs(last.top - rule.top) <= 1.5 and rule.x0 <= last.x1 + 2.0:
            merged[-1] = Rule(last.x0, min(last.top, rule.top), max(last.x1, rule.x1), max(last.bottom, rule.bottom))
        else:
            merged.append(rule)
    need = _MIN_RULE_SHARE * max(right - left, 1.0)
    return [r for r in merged if min(r.x1, right) - max(r.x0, left) >= need]


def _bands(rows: list[_Row], hrules: list[Rule]) -> list[list[_Row]]:
    """Rows split wherever a long horizontal rule passes between two consecutive rows."""
    bands: list[list[_Row]] = [[rows[0]]]
    for prev, row in itertools.pairwise(rows):
        mid_low, mid_high = (prev.top + prev.bottom) / 2, (row.top + row.bottom) / 2
        if any(mid_low < (r.top + r.bottom) / 2 < mid_high for r in hrules):
            bands.append([row])
        else:
            bands[-1].append(row)
    return bands


def _cell_cuts(band: list[_Row], vrules: list[Rule]) -> list[float]:
    """x positions of vertical rules with words of the band on both sides and none across them."""
    cuts: set[float] = set()
    for rule in vrules:
        x = (rule.x0 + rule.x1) / 2
        words = [w for row in band if rule.top - 1 <= (row.top + row.bottom) / 2 <= rule.bottom + 1 for w in row.words]
        if any(w.x0 < x < w.x1 for w in words):
            continue
        if any(w.x1 <= x for w in words) and any(w.x0 >= x for w in words):
            cuts.add(round(x, 1))
    return sorted(cuts)


def _table_band(band: list[_Row], cuts: list[float], usual: float) -> list[PlacedLine]:
    """A table row. When every cell is one paragraph the row reads as one: ``label | value``,
    wrapped as printed; otherwise cell after cell, each its own block."""
    cells: list[list[_Row]] = [[] for _ in range(len(cuts) + 1)]
    for row in band:
        parts: list[list[Word]] = [[] for _ in cells]
        for word in row.words:
            parts[sum(1 for c in cuts if word.x0 >= c)].append(word)
        for cell, words in zip(cells, parts, strict=True):
            if words:
                cell.append(_row(tuple(words), min(w.top for w in words), max(w.bottom for w in words)))
    flows = [_paragraphs(_flow(cell, 0.0, indent=False), usual) for cell in cells if cell]
    if all(not any(ln.brk for ln in lines[1:]) for lines in flows):
        out: list[PlacedLine] = []
        for lines in flows:
            if out:
                out[-1] = _join([out[-1], lines[0]], CELL_SEP)
                out.extend(lines[1:])
            else:
                out.extend(lines)
        return out
    return [replace(ln, brk=ln.brk or i == 0) for lines in flows for i, ln in enumerate(lines)]


def _margin(rows: list[_Row]) -> float:
    """The page's left margin: where most lines start (a few lines may stick out to its left)."""
    counts = Counter(round(r.x0) for r in rows)
    return float(max(counts, key=lambda x: (counts[x], -x)))


def _columns_or_flow(band: list[_Row], left: float, right: float, margin: float) -> list[PlacedLine]:
    """Split runs of rows at an unruled gutter; everything else reads top to bottom."""
    out: list[PlacedLine] = []
    start = 0
    while start < len(band):
        run, gutter = _gutter_run(band, start, left, right)
        if gutter is None:
            out.extend(_flow([band[start]], margin, indent=True))
            start += 1
            continue
        out.extend(_read_columns(band[start : start + run], gutter, margin))
        start += run
    return out


def _gutter_run(band: list[_Row], start: int, left: float, right: float) -> tuple[int, tuple[float, float] | None]:
    """The longest run of rows from ``start`` sharing an empty vertical strip with text on both
    sides in at least ``_MIN_RUN`` rows, or (1, None)."""
    width = right - left
    strip: tuple[float, float] | None = None
    both = 0
    best: tuple[int, tuple[float, float] | None] = (1, None)
    for end in range(start, len(band)):
        gaps = _gaps(band[end], left, right)
        cand = _intersect(strip, gaps) if strip is not None else _widest(gaps)
        cand = cand if cand and cand[1] - cand[0] >= 0.02 * width else None
        if cand is None or not (left + 0.1 * width < cand[0] and cand[1] < right - 0.1 * width):
            break
        strip = cand
        row = band[end]
        if any(w.x1 <= strip[0] for w in row.words) and any(w.x0 >= strip[1] for w in row.words):
            both += 1
        if both >= _MIN_RUN:
            best = (end - start + 1, strip)
    return best


def _gaps(row: _Row, left: float, right: float) -> list[tuple[float, float]]:
    """Empty horizontal intervals of a row, wider than a word space, within the text block."""
    edges = [(left, left), *((w.x0, w.x1) for w in row.words), (right, right)]
    out = []
    for (_, a1), (b0, _) in itertools.pairwise(edges):
        if b0 - a1 > 1.2 * row.words[0].size:
            out.append((a1, b0))
    return out


def _intersect(strip: tuple[float, float], gaps: list[tuple[float, float]]) -> tuple[float, float] | None:
    best = None
    for g0, g1 in gaps:
        lo, hi = max(strip[0], g0), min(strip[1], g1)
        if hi > lo and (best is None or hi - lo > best[1] - best[0]):
            best = (lo, hi)
    return best


def _widest(gaps: list[tuple[float, float]]) -> tuple[float, float] | None:
    return max(gaps, key=lambda g: g[1] - g[0]) if gaps else None


def _read_columns(run: list[_Row], strip: tuple[float, float], left: float) -> list[PlacedLine]:
    """Prose columns (left rows reach the gutter) one after the other; a label/value form (short
    left cells) row by row as ``label | value``."""
    lefts = [_row(ws, r.top, r.bottom) for r in run if (ws := tuple(w for w in r.words if w.x1 <= strip[0]))]
    rights = [_row(ws, r.top, r.bottom) for r in run if (ws := tuple(w for w in r.words if w.x0 >= strip[1]))]
    reach = sum(1 for r in lefts if strip[0] - r.x1 < 3 * r.words[0].size)
    if reach >= 0.6 * len(lefts):
        out = _flow(lefts, left, indent=True)
        right_lines = _flow(rights, min(r.x0 for r in rights), indent=True)
        return [*out, replace(right_lines[0], brk=True), *right_lines[1:]]
    out = []
    for row in run:
        a = [w for w in row.words if w.x1 <= strip[0]]
        b = [w for w in row.words if w.x0 >= strip[1]]
        parts = [_line(_row(tuple(p), row.top, row.bottom)) for p in (a, b) if p]
        out.append(_join(parts, CELL_SEP))
    return out


def _flow(rows: list[_Row], left: float, *, indent: bool) -> list[PlacedLine]:
    return [_line(row, left if indent else None) for row in rows]


def _indent(x0: float, size: float, left: float) -> int:
    """Spaces for a hanging or first-line indent; none for centred or right-aligned text, whose
    offset says nothing about structure."""
    offset = x0 - left
    if offset < 0.5 * size or offset > 6 * size:
        return 0
    return min(8, round(offset / (0.5 * size)))


def _line(row: _Row, left: float | None = None) -> PlacedLine:
    """A row as a line; with ``left`` (the margin), its indent from it."""
    words = row.words
    texts = [w.text for w in words]
    sizes = [w.size for w in words]
    same = isinstance(sizes[0], float) and sizes.count(sizes[0]) == len(sizes)
    size = sizes[0] if same else median(sizes)  # the median of equal floats is that float
    x0 = row.x0
    dots = "".join(texts).count(".")
    return PlacedLine(
        text=line_text(words, dots=dots),
        x0=x0,
        x1=row.x1,
        top=row.top,
        bottom=row.bottom,
        size=size,
        indent=0 if left is None else _indent(x0, size, left),
        leader=dots >= 4 and _has_leader(texts),
    )


def _has_leader(texts: list[str]) -> bool:
    """Four or more dots in dot-only (or one-character-and-dots) words, or one word with four
    leading or trailing dots. Most lines hold fewer than four dots in all, which settles it."""
    if sum(text.count(".") for text in texts) < 4:
        return False
    return sum(t.count(".") for t in texts if len(t.strip(".")) <= 1) >= 4 or any(
        len(t) - len(t.strip(".")) >= 4 for t in texts
    )


def _join(lines: list[PlacedLine], sep: str) -> PlacedLine:
    return PlacedLine(
        text=sep.join(ln.text for ln in lines),
        x0=min(ln.x0 for ln in lines),
        x1=max(ln.x1 for ln in lines),
        top=min(ln.top for ln in lines),
        bottom=max(ln.bottom for ln in lines),
        size=median(ln.size for ln in lines),
        leader=any(ln.leader for ln in lines),
    )


def line_text(words: Sequence[Word], *, dots: int | None = None) -> str:
    """Words of one line joined by single spaces (four where a wide gap says tab stop), with
    letter-spaced runs closed up and dot leaders dropped (``dots``: how many dots the words
    hold, if known; a line with fewer than four has no leader to drop)."""
    words = list(words) if dots is not None and dots < 4 else _drop_leaders(list(words))
    if len(words) >= 4 and _letter_spaced(words):
        return _close_up(words)
    parts = [words[0].text]
    for prev, word in itertools.pairwise(words):
        parts.append(TAB if word.x0 - prev.x1 > 3 * word.size else " ")
        parts.append(word.text)
    return "".join(parts)


def _drop_leaders(words: list[Word]) -> list[Word]:
    """A run of dot-only words holding four or more dots is a leader between a label and a value.

    Most lines have no leader: when no word is made of dots only and none starts or ends with
    four of them, nothing below would change, so the words are returned as they are."""
    if all(w.text.strip(".") and not w.text.startswith("....") and not w.text.endswith("....") for w in words):
        return words
    out: list[Word] = []
    run: list[Word] = []
    for word in [*words, None]:
        if word is not None and set(word.text) == {"."}:
            run.append(word)
            continue
        dropped = sum(len(w.text) for w in run) >= 4
        if not dropped:
            out.extend(run)
        run = []
        if word is not None:
            out.append(word._replace(text=word.text.lstrip(".") or word.text) if dropped else word)
    return _strip_leader_tails(out)


def _strip_leader_tails(words: list[Word]) -> list[Word]:
    """A word glued to its leader ("1514CONT....", ".100%") loses the dots."""
    out = []
    for word in words:
        text = word.text
        stripped = text.rstrip(".")
        if len(text) - len(stripped) >= 4 and stripped:
            word = word._replace(text=stripped)
        lead = word.text.lstrip(".")
        if len(word.text) - len(lead) >= 4 and lead:
            word = word._replace(text=lead)
        out.append(word)
    return out


def _letter_spaced(words: list[Word]) -> bool:
    singles = sum(1 for w in words if len(w.text) == 1 and w.text.isalpha())
    return singles >= 4 and singles >= 0.8 * len(words)


def _close_up(words: list[Word]) -> str:
    """Join letter-spaced glyphs; a gap well above the smallest letter gap separates words."""
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(words)]
    small = min(gaps) if gaps else 0.0
    text = words[0].text
    for gap, word in zip(gaps, words[1:], strict=True):
        text += (" " if gap > max(1.6 * small, small + 0.25 * word.size) else "") + word.text
    return text


def _usual_gap(rows: list[_Row]) -> float:
    """The white space usually left between two lines of a paragraph on this page."""
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(rows) if 0 <= b.top - a.bottom < 2 * a.words[0].size]
    return median(gaps) if gaps else 2.0


def _paragraphs(lines: list[PlacedLine], usual: float) -> list[PlacedLine]:
    """Mark a paragraph break where the white space above a line is clearly wider than usual,
    where the type size changes (a heading), or where reading order jumps back up the page (a
    new column or cell)."""
    out = []
    for prev, line in zip([None, *lines], lines, strict=False):
        if prev is not None and not line.brk:
            wide = line.top - prev.bottom > usual + 0.3 * line.size
            resized = abs(line.size - prev.size) > 0.15 * max(line.size, prev.size)
            if wide or resized or line.top < prev.top - 1:
                line = replace(line, brk=True)
        out.append(line)
    return out
