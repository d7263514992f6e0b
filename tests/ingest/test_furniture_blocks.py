"""Furniture recognised by how it behaves: a text export's trailing header/footer block and a
footer block that one PDF page prints where the other pages print their running footer."""

from __future__ import annotations

from pathlib import Path

from specdiff.ingest import read
from specdiff.ingest.export import end_block, running_line
from specdiff.ingest.marks import END_BLOCK, PAGE_FOOTER, RUNNING
from specdiff.parsers import parse
from tests.ingest.makers import body_lines

BODY = [
    "SAMPLE INSPECTOR",
    "",
    "DUTIES",
    "",
    "Inspects sample sites and writes reports on what was found at each of them.",
    "",
    "REQUIREMENTS",
    "",
    "Two years of full-time paid experience inspecting sample sites for a public agency.",
    "",
    "The agency does not discriminate on the basis of anything at all, and says so here at length.",
]
EXPORT_TAIL = [
    "Unit Code 4410 . . . . . . . . . . . . . . . . . . . . . . . 03-04-19",
    "",
    "",
    "AN OPEN DOOR EMPLOYER OF EVERYONE",
    "",
    "Unit Code 4410 CONT . . . . . . . . . . . . . . . . . . . . . . . . . .",
    "",
    "AN OPEN DOOR EMPLOYER OF EVERYONE",
    "For more information about the process, please go to: http://example.invalid/process",
]


def test_running_line_is_a_leader_to_a_date_code_or_cont_not_a_weight() -> None:
    assert running_line("Unit Code 4410 . . . . . . . . . 03-04-19")
    assert running_line("Unit Code 4410CONT. . . . . . . . . . . .")
    assert running_line("Page 2 of 3")
    assert not running_line("Examination Weight: Interview . . . . . . . . . 100%")
    assert not running_line("Inspects sample sites and writes reports.")


def test_text_export_end_block_starts_after_the_last_paragraph() -> None:
    lines = [*BODY, "", *EXPORT_TAIL]
    assert end_block(lines) == len(BODY) + 1
    assert end_block(BODY) is None  # no running line: nothing is furniture


def test_end_block_starts_at_a_repeated_footer_before_the_running_line() -> None:
    tail = ["AN OPEN DOOR EMPLOYER", "", "Unit Code 4410 . . . . . . . . . . 03-04-19", "AN OPEN DOOR EMPLOYER"]
    assert end_block([*BODY, "", *tail]) == len(BODY) + 1


def test_short_lines_after_the_last_paragraph_without_a_running_line_stay_content() -> None:
    answers = ["01. Do you have two years of experience inspecting sites?", "Yes", "No", "Yes", "No"]
    assert end_block([*BODY, "", *answers]) is None


def test_a_page_number_inside_hard_wrapped_text_starts_no_end_block() -> None:
    """A hard-wrapped document (no line is a sentence on its own) with a page number printed
    between its pages: the wrapped paragraphs after the page number are content, not a footer."""
    wrapped = [
        "Open Competitive: five years of the experience listed for Sample Inspector 1. A",
        "bachelor's degree in any field can substitute for four years of the experience; or a",
        "master's degree can substitute for five years.",
    ]
    lines = [*BODY, "", "Page 5", "SAMPLE INSPECTOR (Contd)", "", *wrapped, "", "SAMPLE INSPECTOR 2", "", *wrapped]
    assert end_block(lines) is None
    assert end_block([*lines, "", *EXPORT_TAIL]) == len(lines) + 1  # a real export block after them still is


def test_a_page_number_between_wrapped_lines_of_a_file_without_blank_lines_starts_no_end_block() -> None:
    """A hard-wrapped export with no blank line anywhere: the page number is the only break, and
    the wrapped qualifications after it (none a sentence on its own line) stay content."""
    lines = [
        "SAMPLE INSPECTOR 2",
        "Open Competitive: five years of the experience listed for Sample Inspector 1. A",
        "bachelor's degree in any field can substitute for",
        "Page 5",
        "four years of the experience; or a master's degree can substitute for",
        "five years.",
        "SAMPLE INSPECTOR 3",
        "Open Competitive: seven years of the experience listed for Sample",
        "Inspector 1. Two years of the experience must have been at a supervisory",
        "level.",
    ]
    assert end_block(lines) is None
    assert end_block([*lines, "", *EXPORT_TAIL]) == len(lines) + 1


def test_text_export_block_is_flagged_in_place_and_kept_out_of_clauses(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text("\r\n".join([*BODY, "", *EXPORT_TAIL]) + "\r\n", encoding="utf-8")
    raw = read(path)
    assert [ln.text for ln in raw.lines][: len(BODY)] == BODY  # nothing dropped, nothing moved
    flagged = [ln for ln in raw.lines if ln.furniture]
    assert {ln.furniture for ln in flagged} == {END_BLOCK}
    assert [ln.text for ln in flagged][-1].startswith("For more information")
    doc = parse(raw)
    texts = " ".join(c.text for _, c in doc.clauses())
    assert "OPEN DOOR" not in texts and "Unit Code" not in texts and "For more information" not in texts
    assert len(doc.furniture) == 5 and all(f.reason == END_BLOCK for f in doc.furniture)
    assert doc.furniture[0].span.line == len(BODY) + 2


def _footer_pdf(path: Path) -> Path:
    """Two pages: page 1 ends with a footer block of its own (set off from the body, as low as
    page 2's running footer); page 2 ends with a running line."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    body = [
        ["SAMPLE INSPECTOR", "", "DUTIES", "Inspects sample sites and writes reports on each of them."],
        ["REQUIREMENTS", "Two years of experience inspecting sample sites.", "", "NOTES", "Apply early."],
    ]
    for number, lines in enumerate(body, start=1):
        pdf.add_page()
        body_lines(pdf, lines)
        pdf.set_font("Helvetica", size=8)
        if number == 1:
            pdf.set_xy(72, 740)
            pdf.cell(0, 10, "AN OPEN DOOR EMPLOYER OF EVERYONE", align="C")
            pdf.set_xy(72, 751)
            pdf.cell(0, 10, "For more information about the process, please go to: http://example.invalid/process")
        else:
            pdf.set_xy(72, 745)
            pdf.cell(0, 10, "Unit Code 4410 . . . . . . . . . . . . . . . . . . . . . . 03-04-19")
    pdf.output(str(path))
    return path


def test_page_one_footer_block_is_flagged_where_printed(tmp_path: Path) -> None:
    raw = read(_footer_pdf(tmp_path / "bulletin.pdf"))
    page1 = [ln for ln in raw.lines if ln.page == 1 and ln.text.strip()]
    assert [ln.furniture for ln in page1[-2:]] == [PAGE_FOOTER, PAGE_FOOTER]
    assert page1[-2].text.strip() == "AN OPEN DOOR EMPLOYER OF EVERYONE"
    assert all(ln.furniture is None for ln in page1[:-2])
    # the running line leaves the reading order and is kept apart, with its page
    assert [(ln.page, ln.furniture) for ln in raw.furniture] == [(2, RUNNING)]
    assert all("Unit Code" not in ln.text for ln in raw.lines)
    doc = parse(raw)
    assert "OPEN DOOR" not in " ".join(c.text for _, c in doc.clauses())
    assert [f.reason for f in doc.furniture] == [PAGE_FOOTER, PAGE_FOOTER, RUNNING]


def test_body_text_running_into_the_footer_zone_stays_content(tmp_path: Path) -> None:
    """Only a block set off by a paragraph break is a footer: a sentence wrapped low on the page
    is still the body."""
    from specdiff.ingest.furniture import footer_blocks
    from specdiff.ingest.layout import PlacedLine

    def line(text: str, top: float, *, brk: bool = False) -> PlacedLine:
        return PlacedLine(text, 72, 500, top, top + 9, 10, brk=brk)

    page1 = [
        line("body", 600),
        line("a sentence that wraps", 730),
        line("down into the zone.", 742),
        line("FOOTER", 760, brk=True),
    ]
    page2 = [line("body", 600), line("Unit Code 1 . . . . 03-04-19", 745, brk=True)]
    found = footer_blocks([page1, page2], [792.0, 792.0], {(1, 1)})
    assert found == {(0, 3)}


def test_typists_initials_closing_a_dated_document_are_furniture() -> None:
    from specdiff.ingest.export import closing_initials

    assert closing_initials([*BODY, "", "Date: 3/2024", "", " ", "LJC ", ""]) == len(BODY) + 4
    assert closing_initials([*BODY, "Date: 3/2024", "LJC:ab"]) == len(BODY) + 1
    assert closing_initials([*BODY, "Date: 3/2024", "", "NOTE"]) is None  # a word, not initials
    assert closing_initials([*BODY, "", "LJC"]) is None  # not after a date line
    doc = parse(read("\n".join([*BODY, "", "Date: 3/2024", "", "LJC", ""]).encode(), name="spec.txt"))
    assert "LJC" not in [c.text for _, c in doc.clauses()]
    assert any(f.text == "LJC" for f in doc.furniture)
