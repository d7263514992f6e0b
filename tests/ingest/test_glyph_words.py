"""Glyphs to words: the column-wise fast path against the plain rule it implements."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.ingest.glyphs import Glyph, GlyphColumns, Word, baseline_rows, words_from_columns


def reference_words(glyphs: list[Glyph]) -> list[Word]:
    """The rule, one glyph at a time: within a row sorted by x, a space glyph on the row's
    baseline (the commonest bottom of its inked glyphs) or a gap wider than 0.15 of the larger
    font size (at least 1 pt) ends a word; a space glyph of another baseline is no glyph at all."""
    words: list[Word] = []
    for row in baseline_rows(glyphs):
        row.sort(key=lambda g: g.x0)
        inked = Counter(round(g.bottom) for g in row if g.text and not g.text.isspace())
        base = inked.most_common(1)[0][0] if inked else None
        current: list[Glyph] = []
        for glyph in row:
            blank = not glyph.text or glyph.text.isspace()
            if blank and base is not None and abs(glyph.bottom - base) > 0.25 * max(glyph.size, 1.0):
                continue
            if blank:
                if current:
                    words.append(_word(current))
                current = []
                continue
            if current and glyph.x0 - current[-1].x1 > 0.15 * max(glyph.size, current[-1].size, 1.0):
                words.append(_word(current))
                current = []
            current.append(glyph)
        if current:
            words.append(_word(current))
    return words


def _word(glyphs: list[Glyph]) -> Word:
    return Word(
        "".join(g.text for g in glyphs),
        min(g.x0 for g in glyphs),
        max(g.x1 for g in glyphs),
        min(g.top for g in glyphs),
        max(g.bottom for g in glyphs),
        max(g.size for g in glyphs),
    )


def _glyph(text: str, x0: float, top: float = 100.0, size: float = 10.0, width: float = 5.0) -> Glyph:
    return Glyph(text, x0, x0 + width, top, top + size, size)


def test_a_space_glyph_and_a_wide_gap_end_words_a_narrow_gap_does_not() -> None:
    glyphs = [_glyph("a", 0), _glyph("b", 5.5), _glyph(" ", 10.5), _glyph("c", 15), _glyph("d", 23)]
    assert [w.text for w in words_from_columns(GlyphColumns.of(glyphs))] == ["ab", "c", "d"]


def test_a_space_of_another_baseline_inside_a_word_does_not_cut_it() -> None:
    """A blank line printed under a large title lands in the title's row by its middle."""
    title = [_glyph(c, 13.0 * k, top=100, size=18, width=13.0) for k, c in enumerate("ZOO")]
    stray = Glyph(" ", 2.0, 7.0, 108.0, 126.0, 18)
    assert [w.text for w in words_from_columns(GlyphColumns.of([*title, stray]))] == ["ZOO"]


def test_a_tight_justified_space_without_a_space_glyph_still_ends_a_word() -> None:
    glyphs = [_glyph("d", 0), _glyph("t", 6.7)]  # a gap of 0.17 em, no space glyph
    assert [w.text for w in words_from_columns(GlyphColumns.of(glyphs))] == ["d", "t"]


def test_words_come_out_row_by_row_whatever_the_stream_order() -> None:
    glyphs = [_glyph("y", 0, top=120), _glyph("x", 5, top=100), _glyph("w", 0, top=100)]
    assert [w.text for w in words_from_columns(GlyphColumns.of(glyphs))] == ["wx", "y"]


def test_no_glyphs_no_words() -> None:
    assert words_from_columns(GlyphColumns.of([])) == []


glyph = st.builds(
    Glyph,
    text=st.sampled_from(["a", "B", "1", " ", "", "-", "\u00a0"]),
    x0=st.floats(0, 300, allow_nan=False),
    x1=st.floats(0, 300, allow_nan=False),
    top=st.sampled_from([100.0, 100.4, 103.0, 112.0, 130.0]),
    bottom=st.sampled_from([110.0, 110.3, 113.0, 122.0, 140.0]),
    size=st.sampled_from([0.5, 8.0, 10.0, 12.0]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(glyph, max_size=60))
def test_column_words_equal_the_glyph_by_glyph_rule(glyphs: list[Glyph]) -> None:
    assert words_from_columns(GlyphColumns.of(glyphs)) == reference_words(glyphs)
    assert GlyphColumns.of(glyphs).glyphs() == glyphs


def _as_arrays(glyphs: list[Glyph]) -> GlyphColumns:
    """The columns as the PDFium backend gives them: the texts as one string, floats as arrays."""
    import numpy as np

    columns = GlyphColumns.of(glyphs)
    return GlyphColumns("".join(columns.texts), *(np.array(column, dtype=float) for column in columns[1:]))


free_glyph = st.builds(
    Glyph,
    text=st.sampled_from(["a", "B", "1", " ", "-", "\u00a0", "\u3000"]),
    x0=st.floats(-50, 300, allow_nan=False),
    x1=st.floats(-50, 300, allow_nan=False),
    top=st.floats(90, 140, allow_nan=False) | st.sampled_from([100.0, 100.05, 100.15, 112.0]),
    bottom=st.floats(95, 150, allow_nan=False) | st.sampled_from([110.0, 110.05, 110.15, 110.5, 111.5, 122.0]),
    size=st.sampled_from([0.5, 1.0, 8.0, 10.0, 12.0]) | st.floats(0, 30, allow_nan=False),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(free_glyph, max_size=80))
def test_the_array_rules_equal_the_list_rules(glyphs: list[Glyph]) -> None:
    """Rows and words by array operations (any floats, texts as a list or as one string) are the
    ones the list form of the rules gives; it stays for pages with a NaN coordinate."""
    from specdiff.ingest.glyph_arrays import row_lists
    from specdiff.ingest.glyphs import _listed_words, _row_positions

    columns = GlyphColumns.of(glyphs)
    expected = _listed_words(columns)
    assert words_from_columns(columns) == expected
    assert words_from_columns(_as_arrays(glyphs)) == expected
    if glyphs:
        import numpy as np

        tops, bottoms, x0s = (np.array(c, dtype=float) for c in (columns.tops, columns.bottoms, columns.x0s))
        assert row_lists(tops, bottoms, x0s) == _row_positions(columns.tops, columns.bottoms, columns.x0s)


def test_a_nan_coordinate_takes_the_list_rules() -> None:
    """Python's sort orders NaN keys in a way no array sort reproduces, so such a page keeps the
    list form (whose result is the one the rules have always given it)."""
    from specdiff.ingest.glyph_arrays import finite_floats
    from specdiff.ingest.glyphs import _listed_words

    glyphs = [_glyph("a", 0), _glyph("b", 5.5), Glyph("c", float("nan"), 20.0, 100.0, 110.0, 10.0)]
    columns = GlyphColumns.of(glyphs)
    assert finite_floats(*columns[1:]) is None
    assert finite_floats(*GlyphColumns.of(glyphs[:2])[1:]) is not None
    assert [w.text for w in words_from_columns(columns)] == [w.text for w in _listed_words(columns)] == ["abc"]
