"""Silent wrong answers of ingestion, made right or said out loud.

Latin-1 text was decoded as Baltic cp775 ("Rķcords S³pervisor") without a word; UTF-16 without a
byte-order mark was "not a text file"; a text file that mentions "%PDF-" in its first KB was
called a damaged PDF; a PDF read only in part (truncated, a damaged stream, a page that cannot
be loaded) gave no warning.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.hostile_inputs import STANDARD, pdf_page_tree_loop
from specdiff.ingest import read
from specdiff.ingest.pdfdamage import damage_warnings
from tests.conftest import shared_path
from tests.pdfmaker import make_pdf

GUESSED = "the text is not UTF-8; read as {}, a guess: if letters look wrong, save the file as UTF-8"


def _read(data: bytes) -> tuple[list[str], tuple[str, ...]]:
    raw = read(data, name="a.txt")
    return [line.text for line in raw.lines if line.text], raw.warnings


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_western_text_is_windows_1252_with_a_warning(codec: str) -> None:
    texts, warnings = _read("R\u00e9cords S\u00fcpervisor\n\nFiles the d\u00e9partement\u2019s letters.\n".encode(
        "cp1252" if codec == "cp1252" else "latin-1", errors="replace"))  # fmt: skip
    assert texts[0] == "R\u00e9cords S\u00fcpervisor"
    assert warnings == (GUESSED.format("Windows-1252 (Western European)"),)


def test_text_in_another_script_is_detected_with_a_warning() -> None:
    texts, warnings = _read(
        "\u0421\u043b\u0443\u0436\u0430\u0449\u0438\u0439 \u0430\u0440\u0445\u0438\u0432\u0430\n".encode("cp1251")
    )
    assert texts == ["\u0421\u043b\u0443\u0436\u0430\u0449\u0438\u0439 \u0430\u0440\u0445\u0438\u0432\u0430"]
    assert warnings == (GUESSED.format("cp1251"),)


@pytest.mark.parametrize(("codec", "warned"), [("utf-16-le", True), ("utf-16-be", True), ("utf-16", False)])
def test_utf16_with_or_without_a_byte_order_mark_is_text(codec: str, warned: bool) -> None:
    texts, warnings = _read(STANDARD.encode(codec))
    assert texts[0] == "RECORDS CLERK" and "Two years of clerical experience." in texts
    assert bool(warnings) == warned


def test_utf8_says_nothing() -> None:
    assert _read(STANDARD.encode())[1] == ()


def test_a_text_that_mentions_a_pdf_header_is_text() -> None:
    texts, _ = _read(("File formats\n\nA PDF starts with %PDF-1.7 on its first line.\n\n" + STANDARD).encode())
    assert texts[0] == "File formats"


def test_a_pdf_with_junk_before_its_header_is_still_a_pdf(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", [["RECORDS CLERK", "Files letters."]]).read_bytes()
    raw = read(b"junk from a mail gateway\n" + pdf, name="a.pdf")
    assert raw.source.media_type == "application/pdf"


@pytest.fixture
def three_pages(tmp_path: Path) -> bytes:
    pages = [["RECORDS CLERK", "DUTIES", "Files letters."], ["Page two text here."], ["Page three text."]]
    return make_pdf(tmp_path / "three.pdf", pages).read_bytes()


def test_a_sound_pdf_has_no_damage_warning(three_pages: bytes) -> None:
    assert read(three_pages, name="ok.pdf").warnings == ()


def test_a_truncated_pdf_read_in_part_says_so(three_pages: bytes) -> None:
    raw = read(three_pages[: three_pages.rindex(b"xref")], name="cut.pdf")  # every object, no table
    assert any("cross-reference table is missing or damaged" in w for w in raw.warnings)


def test_a_damaged_stream_says_so(three_pages: bytes) -> None:
    starts = [m.end() for m in re.finditer(rb"(?<![A-Za-z])stream\r?\n", three_pages)]
    damaged = bytearray(three_pages)
    damaged[starts[1] + 2 : starts[1] + 30] = b"\x00" * 28
    raw = read(bytes(damaged), name="damaged.pdf")
    assert "1 compressed stream(s) of the PDF are damaged; text drawn by them may be missing" in raw.warnings


def test_a_page_that_cannot_be_loaded_is_named() -> None:
    warnings = read(pdf_page_tree_loop(), name="loop.pdf").warnings
    assert "page 2 of the PDF cannot be loaded (its page tree is damaged)" in warnings


@pytest.mark.shared
def test_no_real_pdf_is_called_damaged() -> None:
    pdfs = sorted(shared_path("realdocs").glob("*.pdf"))
    assert pdfs
    assert {p.name: damage_warnings(p.read_bytes()) for p in pdfs} == {p.name: [] for p in pdfs}
