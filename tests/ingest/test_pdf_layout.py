"""PDF layout on files we write ourselves: columns, forms, furniture and line-end hyphens."""

from __future__ import annotations

from pathlib import Path

import pytest

from specdiff.errors import InputError
from specdiff.ingest import read
from tests.ingest.makers import LEFT_COLUMN, RIGHT_COLUMN, form_pdf, paged_pdf, two_column_pdf


def _texts(path: Path) -> list[str]:
    return [line.text.strip() for line in read(path).lines]


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    lines = [t for t in _texts(two_column_pdf(tmp_path / "cols.pdf")) if t]
    assert lines == ["COLUMN TEST HEADING", *LEFT_COLUMN, *RIGHT_COLUMN]


def test_columns_are_separate_paragraphs(tmp_path: Path) -> None:
    lines = _texts(two_column_pdf(tmp_path / "cols.pdf"))
    assert lines[lines.index(RIGHT_COLUMN[0]) - 1] == ""


def test_ruled_form_rows_read_as_label_and_value(tmp_path: Path) -> None:
    lines = [t for t in _texts(form_pdf(tmp_path / "form.pdf")) if t]
    assert lines[:2] == ["Pay Grade: | PG 12", "Department: | Department of Sample Works"]
    # the centred label comes before its three-line value, not in the middle of it
    assert lines[2:] == [
        "Scope: | Plans the annual survey of sample works",
        "across every district and reports",
        "the results to the board.",
    ]


def _bulletin(tmp_path: Path) -> Path:
    page1 = [
        "SAMPLE CLERK",
        "",
        "DUTIES",
        "Performs routine work in the classi-",
        "fication of incoming records and other",
        "tasks for a self-",
        "reliant team of clerks.",
    ]
    page2 = ["REQUIREMENTS", "Two years of clerical experience.", "", "NOTES", "Apply early."]
    page3 = ["SELECTION", "An interview."]
    header = "Class Code 1234 CONT . . . . . . . . . . . . . . . . . . 01-02-24"
    return paged_pdf(tmp_path / "bulletin.pdf", [page1, page2, page3], header=header, footer="Page {n} of 3")


def test_running_header_and_page_numbers_are_gone(tmp_path: Path) -> None:
    text = read(_bulletin(tmp_path)).text
    assert "CONT" not in text and "Class Code 1234" not in text
    assert "Page" not in text
    assert "Two years of clerical experience." in text


def test_hyphen_of_a_broken_word_goes_and_a_compound_keeps_it(tmp_path: Path) -> None:
    text = " ".join(read(_bulletin(tmp_path)).text.split())
    assert "classification of incoming" in text
    assert "self-reliant team" in text


def test_rejoining_keeps_every_line_in_place(tmp_path: Path) -> None:
    raw = read(_bulletin(tmp_path))
    hit = next(line for line in raw.lines if "classification" in line.text)
    assert hit.page == 1
    assert all(line.text.strip() for line in raw.lines if line.text.startswith(("tasks", "reliant")))


def test_dot_leader_line_is_furniture_only_at_the_page_edge(tmp_path: Path) -> None:
    page = ["SELECTION PROCESS", "Examination Weight: Interview . . . . . . . . . . . . . 100%", "Apply online."]
    path = paged_pdf(
        tmp_path / "weights.pdf", [page, ["More text."]], header="Code 1 . . . . . . . . 02-03-24", footer=""
    )
    lines = _texts(path)
    assert "Examination Weight: Interview    100%" in lines
    assert not any("Code 1" in line for line in lines)


def test_both_backends_give_the_same_lines_on_our_fixtures(tmp_path: Path) -> None:
    for path in (two_column_pdf(tmp_path / "c.pdf"), form_pdf(tmp_path / "f.pdf"), _bulletin(tmp_path)):
        assert read(path, pdf_backend="pdfplumber").lines == read(path).lines


def test_pdfium_backend_reports_bad_pdfs_in_one_line(tmp_path: Path) -> None:
    whole = _bulletin(tmp_path).read_bytes()
    with pytest.raises(InputError, match=r"damaged or truncated|no text layer"):
        read(whole[: len(whole) // 3], name="cut.pdf", pdf_backend="pdfium")
