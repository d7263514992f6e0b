"""DOCX ingestion: Word list numbering, bullets and table rows, on a file we write."""

from __future__ import annotations

from pathlib import Path

from specdiff.ingest import read
from tests.ingest.makers import numbered_docx


def test_list_numbers_are_computed(tmp_path: Path) -> None:
    lines = [ln.text for ln in read(numbered_docx(tmp_path / "a.docx")).lines if ln.text]
    assert lines[:4] == [
        "TYPICAL WORK ACTIVITIES",
        "1. Sorts incoming mail;",
        "2. Files records;",
        "3. Answers inquiries.",
    ]
    assert lines[4:6] == ["\u2022 neatness", "\u2022 dependability"]


def test_label_value_row_is_one_line_and_long_cells_are_blocks(tmp_path: Path) -> None:
    lines = [ln.text for ln in read(numbered_docx(tmp_path / "a.docx")).lines]
    assert "Pay Grade: | PG 12" in lines
    start = lines.index("Scope:")
    assert lines[start : start + 5] == [
        "Scope:",
        "",
        "First paragraph of the scope.",
        "",
        "Second paragraph of the scope.",
    ]


def test_letter_spaced_banner_is_closed_up(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("J  o  b    D  e  s  c  r  i  p  t  i  o  n")
    document.save(str(tmp_path / "b.docx"))
    assert read(tmp_path / "b.docx").lines[0].text == "Job Description"
