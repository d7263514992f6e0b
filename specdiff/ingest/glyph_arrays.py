"""Glyphs to rows and words with array operations: the rules of :mod:`.glyphs`, page at a time.

A page holds thousands of glyphs, and the rules that turn them into words (sort by baseline then
x, group rows by vertical middle, drop spaces of another baseline, cut at spaces and gaps) cost
a few Python statements per glyph when written per glyph; that was a quarter of reading a PDF.
Here each rule is one NumPy operation over the page, and Python runs only per row (the row
grouping looks back at the rows opened before, which has no array form, but it runs once per
run of equal middles, a few per printed line) and per word (the Word records layout works with).

Only finite coordinates come here: Python orders NaN keys in a way no array sort reproduces, so
:func:`.glyphs.words_from_columns` keeps its list form for a page that has any (a degenerate
text matrix). Every float result is the one the list form computes: the same IEEE operations
on the same values, Python's own ``round`` on the few distinct bottoms, stable sorts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .glyphs import GlyphColumns, Word


def finite_floats(*columns: Sequence[float]) -> list[Any] | None:
    """The columns as float arrays, or None when any value is NaN or infinite."""
    import numpy as np

    arrays = [np.asarray(column, dtype=np.float64) for column in columns]
    if not all(np.isfinite(array).all() for array in arrays):
        return None
    return arrays


def _distinct(bottoms: Any) -> tuple[Any, Any]:
    """The page's distinct bottoms (sorted) and each glyph's index among them: a page has a few
    dozen, so Python's ``round`` (which NumPy's rounding does not always equal) runs on those."""
    import numpy as np

    return np.unique(bottoms, return_inverse=True)


def _stable_argsort(keys: Any) -> Any:
    """The stable sort order of small non-negative integers (as 16-bit keys NumPy's stable sort
    is a radix sort)."""
    import numpy as np

    if len(keys) and keys.max() < 1 << 15:
        keys = keys.astype(np.int16)
    return keys.argsort(kind="stable")


def _sequence(tops: Any, bottoms: Any, x0s: Any, distinct: Any, inverse: Any) -> tuple[Any, Any]:
    """(positions in order of (baseline, x0, position), the row each joins), the grouping of
    :func:`.glyphs._row_positions`: a glyph joins the row opened last, or one of the two before
    it, whose box holds its vertical middle, or opens a new row with its own box."""
    import numpy as np

    rounded = np.array([round(b, 1) for b in distinct.tolist()])
    # rounding is monotonic: equal baselines are neighbours among the sorted distinct bottoms
    ranks = np.concatenate(([0], np.cumsum(rounded[1:] != rounded[:-1])))[inverse]
    by_x = x0s.argsort(kind="stable")
    order = by_x[_stable_argsort(ranks[by_x])]
    mids = (tops[order] + bottoms[order]) / 2
    starts = np.concatenate(([True], mids[1:] != mids[:-1])).nonzero()[0]
    firsts = order[starts]
    boxes: list[tuple[float, float]] = []
    run_rows: list[int] = []
    top = bottom = 0.0
    for mid, first_top, first_bottom in zip(
        mids[starts].tolist(), tops[firsts].tolist(), bottoms[firsts].tolist(), strict=True
    ):
        if boxes and top <= mid <= bottom:
            run_rows.append(len(boxes) - 1)
            continue
        for index in range(len(boxes) - 2, max(-1, len(boxes) - 4), -1):
            if boxes[index][0] <= mid <= boxes[index][1]:
                run_rows.append(index)
                break
        else:
            top, bottom = first_top, first_bottom
            boxes.append((top, bottom))
            run_rows.append(len(boxes) - 1)
    rows = np.repeat(np.array(run_rows, dtype=np.intp), np.diff(np.append(starts, len(order))))
    return order, rows


def _rows_then_x(tops: Any, bottoms: Any, x0s: Any, distinct: Any, inverse: Any) -> tuple[Any, Any]:
    """(positions by row, each row sorted by x0, ties in baseline order; their row numbers)."""

    order, rows = _sequence(tops, bottoms, x0s, distinct, inverse)
    by_x = x0s[order].argsort(kind="stable")
    order, rows = order[by_x], rows[by_x]
    by_row = _stable_argsort(rows)
    return order[by_row], rows[by_row]


def row_lists(tops: Any, bottoms: Any, x0s: Any) -> list[list[int]]:
    """The rows of :func:`.glyphs._row_positions`: one list of positions per row, in the order
    rows were opened, members in (baseline, x0, position) order."""
    import numpy as np

    order, rows = _sequence(tops, bottoms, x0s, *_distinct(bottoms))
    by_row = _stable_argsort(rows)
    order, rows = order[by_row], rows[by_row]
    cuts = (rows[1:] != rows[:-1]).nonzero()[0] + 1
    return [part.tolist() for part in np.split(order, cuts)]


def rows_by_x(tops: Any, bottoms: Any, x0s: Any) -> tuple[list[list[int]], list[float], list[float]]:
    """:func:`row_lists` with each row sorted by x0 (stable), and each row's top (the smallest)
    and bottom (the largest)."""
    import numpy as np

    order, rows = _rows_then_x(tops, bottoms, x0s, *_distinct(bottoms))
    starts = np.concatenate(([True], rows[1:] != rows[:-1])).nonzero()[0]
    members = [part.tolist() for part in np.split(order, starts[1:])]
    return (
        members,
        np.minimum.reduceat(tops[order], starts).tolist(),
        np.maximum.reduceat(bottoms[order], starts).tolist(),
    )


def words(columns: GlyphColumns, floats: list[Any]) -> list[Word]:
    """:func:`.glyphs.words_from_columns` for finite columns (``floats``: the five float columns
    as arrays)."""
    import numpy as np

    from .glyphs import _new_word

    texts = columns.texts
    x0s, x1s, tops, bottoms, sizes = floats
    spaces = {text for text in set(texts) if not text or text.isspace()}  # a page has few distinct texts
    points = _code_points(texts) if isinstance(texts, str) else None
    if not spaces:
        blank = None
    elif points is not None:
        blank = np.zeros(len(points), dtype=bool)
        for space in spaces:
            blank |= points == ord(space)
    else:
        blank = np.fromiter(map(spaces.__contains__, texts), dtype=bool, count=len(texts))
    distinct, inverse = _distinct(bottoms)
    order, rows = _rows_then_x(tops, bottoms, x0s, distinct, inverse)
    if blank is not None:
        keep = _not_stray(order, rows, blank, sizes, (bottoms, distinct, inverse))
        if keep is not None:
            order, rows = order[keep], rows[keep]
    rx0, rx1, rsize = x0s[order], x1s[order], sizes[order]
    floor = np.where(rsize >= 1.0, rsize, 1.0)
    larger = np.where(floor[1:] >= floor[:-1], floor[1:], floor[:-1])
    ends_before = rx0[1:] - rx1[:-1] > 0.15 * larger
    ends_before |= rows[1:] != rows[:-1]  # a row's end ends its last word
    rblank = blank[order] if blank is not None else np.zeros(len(order), dtype=bool)
    ends_before |= rblank[1:] | rblank[:-1]
    starts = np.concatenate(([True], ends_before)).nonzero()[0]
    stops = np.append(starts[1:], len(order))
    inked = ~rblank[starts]
    word_texts = _texts(texts, points, order, starts[inked].tolist(), stops[inked].tolist())
    return list(
        map(
            _new_word,
            zip(
                word_texts,
                rx0[starts][inked].tolist(),  # each row is sorted by x0
                np.maximum.reduceat(rx1, starts)[inked].tolist(),
                np.minimum.reduceat(tops[order], starts)[inked].tolist(),
                np.maximum.reduceat(bottoms[order], starts)[inked].tolist(),
                np.maximum.reduceat(rsize, starts)[inked].tolist(),
                strict=True,
            ),
        )
    )


def _not_stray(order: Any, rows: Any, blank: Any, sizes: Any, bottoms_distinct: tuple[Any, Any, Any]) -> Any:
    """Which glyphs of the ordered page (grouped by row, each sorted by x) to keep: blanks of
    another baseline than their row's (its most common inked bottom rounded to the point, the
    first in row order among equals) are dropped when more than a quarter of their size (at
    least 1 pt) away from it; None when none is. Most rows have one inked bottom, which settles
    their baseline; only the others are counted."""
    import numpy as np

    bottoms, distinct, inverse = bottoms_distinct
    rblank = blank[order]
    row_count = int(rows[-1]) + 1
    blanks_in_row = np.bincount(rows, weights=rblank, minlength=row_count)
    mixed = (blanks_in_row > 0) & (blanks_in_row < np.bincount(rows, minlength=row_count))
    if not mixed.any():
        return None
    rounded = np.array([round(b) for b in distinct.tolist()], dtype=np.float64)[inverse[order]]
    ink = (~rblank & mixed[rows]).nonzero()[0]
    ink_rows, ink_values = rows[ink], rounded[ink]
    firsts = np.concatenate(([True], ink_rows[1:] != ink_rows[:-1])).nonzero()[0]
    lowest = np.minimum.reduceat(ink_values, firsts)
    base = np.zeros(row_count)
    base[ink_rows[firsts]] = lowest
    varied = lowest != np.maximum.reduceat(ink_values, firsts)
    if varied.any():
        counted = np.isin(ink_rows, ink_rows[firsts][varied]).nonzero()[0]
        rows_of, values_of = ink_rows[counted], ink_values[counted]
        # group by (row, rounded bottom): count each group, note where it first occurs
        grouped = np.lexsort((counted, values_of, rows_of))
        g_rows, g_values = rows_of[grouped], values_of[grouped]
        new = np.concatenate(([True], (g_rows[1:] != g_rows[:-1]) | (g_values[1:] != g_values[:-1])))
        group_starts = new.nonzero()[0]
        counts = np.diff(np.append(group_starts, len(grouped)))
        first_seen = counted[grouped][group_starts]
        group_rows, group_values = g_rows[group_starts], g_values[group_starts]
        # per row: the largest count, the earliest among equal counts
        best = np.lexsort((first_seen, -counts, group_rows))
        best_rows = group_rows[best]
        leaders = best[np.concatenate(([True], best_rows[1:] != best_rows[:-1]))]
        base[group_rows[leaders]] = group_values[leaders]
    rsize = sizes[order]
    scale = np.where(rsize < 1.0, 1.0, rsize)  # max(size, 1.0); sizes are finite here
    stray = rblank & mixed[rows] & (np.abs(bottoms[order] - base[rows]) > 0.25 * scale)
    if not stray.any():
        return None
    return ~stray


def _code_points(text: str) -> Any:
    """A string as an array of its code points (lone surrogates included)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", errors="surrogatepass"), dtype=np.uint32)


def _texts(texts: Sequence[str], points: Any, order: Any, starts: list[int], stops: list[int]) -> list[str]:
    """Each word's text: the ordered glyph texts from start to stop. When the texts are a page's
    characters as one string (``points``: its code points; what the PDFium backend gives), they
    are reordered as code points and each word is one slice."""
    if points is not None:
        line = points[order].tobytes().decode("utf-32-le", errors="surrogatepass")
        return [line[start:stop] for start, stop in zip(starts, stops, strict=True)]
    ordered = list(map(texts.__getitem__, order.tolist()))
    return ["".join(ordered[start:stop]) for start, stop in zip(starts, stops, strict=True)]
