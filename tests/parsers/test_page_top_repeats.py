"""A heading printed again at the top of the next page (a repeated table header) is furniture."""

from __future__ import annotations

from specdiff.model import Document, Line, RawText, Source
from specdiff.parsers import parse
from specdiff.parsers.rows import Row, to_rows
from specdiff.parsers.sections import page_top_repeats

PAGE_1 = [
    "HARBOUR RECORDS OFFICER",
    "",
    "JOB PURPOSE",
    "",
    "The Harbour Records Officer keeps the registers of vessels, berths and moorings.",
    "",
    "WORKING CONDITIONS",
    "",
    "Work is performed in an office with frequent interruptions from harbour users and",
    "pressure from competing deadlines, dealing with",
]
PAGE_2 = [
    "WORKING CONDITIONS",
    "",
    "angry or demanding callers on a continued basis, which is noticeable.",
    "",
    "PHYSICAL EFFORT",
    "",
    "Light physical effort; sitting for long periods.",
]


def _parse(page_2: list[str], page_1: list[str] = PAGE_1) -> Document:
    lines = [Line(t, i, 1) for i, t in enumerate(page_1, start=1)]
    lines += [Line(t, i, 2) for i, t in enumerate(page_2, start=1)]
    return parse(RawText(Source("paged.pdf", "0" * 64, "application/pdf", 2), tuple(lines)))


def _section_texts(doc: Document, heading: str) -> list[str]:
    return [c.text for s in doc.sections if s.heading == heading for c in s.clauses]


def test_a_heading_repeated_at_the_page_top_leaves_the_paragraph_whole() -> None:
    doc = _parse(PAGE_2)
    assert [s.heading for s in doc.sections if s.heading] == ["JOB PURPOSE", "WORKING CONDITIONS", "PHYSICAL EFFORT"]
    (paragraph,) = _section_texts(doc, "WORKING CONDITIONS")
    assert "dealing with angry or demanding callers" in paragraph
    assert "WORKING CONDITIONS" not in paragraph


def test_the_same_page_without_the_repeat_reads_the_same() -> None:
    def clauses(doc: Document) -> list[tuple[str, str]]:
        return [(s.heading, c.text) for s in doc.sections for c in s.clauses]

    assert clauses(_parse(PAGE_2[2:])) == clauses(_parse(PAGE_2))


def test_a_page_that_opens_with_another_heading_keeps_it() -> None:
    page_1 = [*PAGE_1[:-1], "pressure from competing deadlines."]
    doc = _parse(["PHYSICAL EFFORT", "", "Light physical effort; sitting for long periods."], page_1)
    assert [s.heading for s in doc.sections if s.heading] == ["JOB PURPOSE", "WORKING CONDITIONS", "PHYSICAL EFFORT"]


def _rows(page_2: list[str]) -> list[Row]:
    lines = [Line(t, i, 1) for i, t in enumerate(PAGE_1, start=1)]
    return to_rows(lines + [Line(t, i, 2) for i, t in enumerate(page_2, start=1)])


def test_only_the_first_text_of_a_page_repeating_the_last_line_on_its_own_is_furniture() -> None:
    rows = _rows(PAGE_2)
    assert [rows[i].text for i in sorted(page_top_repeats(rows))] == ["WORKING CONDITIONS"]
    assert page_top_repeats(_rows(["Another paragraph on the new page.", "", *PAGE_2])) == set()
    assert page_top_repeats(_rows(["JOB PURPOSE", *PAGE_2[1:]])) == set()
