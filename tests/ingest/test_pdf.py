"""PDF ingestion: furniture removed, hyphenated words rejoined, provenance kept."""

from __future__ import annotations

from pathlib import Path

from specdiff.ingest import read
from tests.pdfmaker import make_pdf


def _two_pages(tmp_path: Path) -> Path:
    page1 = ["TYPICAL WORK ACTIVITIES", "", "1. Reviews applications for classi-", "fication and pay."]
    page2 = ["2. Maintains records.", "MINIMUM QUALIFICATIONS", "Two years of experience."]
    return make_pdf(tmp_path / "spec.pdf", [page1, page2], header="CLERK TYPIST (Cont'd)")


def test_running_header_and_page_numbers_are_removed(tmp_path: Path) -> None:
    raw = read(_two_pages(tmp_path))
    text = raw.text
    assert "Cont'd" not in text
    assert "Page 1" not in text and "Page 2" not in text
    assert raw.source.pages == 2
    assert raw.source.media_type == "application/pdf"


def test_hyphenated_word_is_whole(tmp_path: Path) -> None:
    raw = read(_two_pages(tmp_path))
    assert "classification" in raw.text
    assert "classi-" not in raw.text


def test_lines_carry_page_and_line(tmp_path: Path) -> None:
    raw = read(_two_pages(tmp_path))
    hit = next(line for line in raw.lines if "Maintains records" in line.text)
    assert hit.page == 2 and hit.line >= 1


def test_type_comes_from_bytes_not_name(tmp_path: Path) -> None:
    pdf = _two_pages(tmp_path)
    renamed = tmp_path / "spec.txt"
    renamed.write_bytes(pdf.read_bytes())
    assert read(renamed).source.media_type == "application/pdf"
