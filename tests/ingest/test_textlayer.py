"""A text layer of glyph numbers (a font without a Unicode map) is told from a real one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.hostile_inputs import pdf_without_unicode_map
from specdiff.cli import main
from specdiff.ingest import read
from specdiff.ingest.textlayer import unreadable

SENTENCE = "Minimum Qualifications: two years of experience in records management and filing."


def _pdf_without_unicode_map(path: Path) -> Path:
    path.write_bytes(pdf_without_unicode_map(SENTENCE))
    return path


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE * 2,
        "Salary range: $68,924 - $85,000 per year; Grade 14; Occ. Code 2712110; 40 hours per week.",
        "1. Receives, sorts and indexes incoming records and correspondence according to the file plan;",
    ],
)
def test_real_text_is_readable(text: str) -> None:
    assert not unreadable(text)


@pytest.mark.parametrize(
    "text",
    [
        "\x05\x06\x07 \x08\x09\x0b\x0c " * 20,
        "(cid:12)(cid:40)(cid:41) (cid:3)(cid:77) " * 10,
        "-- - -  - -- --- - -- -  ---- " * 5,
        "Plqlpxp Txdolilfdwlrqv: wzr bhduv ri hashulhqfh lq uhfrugv pdqdjhphqw dqg ilolqj. " * 3,
    ],
)
def test_glyph_numbers_are_unreadable(text: str) -> None:
    assert unreadable(text)


def test_font_without_unicode_map_is_not_parsed_into_nonsense(tmp_path: Path) -> None:
    path = _pdf_without_unicode_map(tmp_path / "nomap.pdf")
    result = CliRunner().invoke(main, ["parse", "--ocr", "never", str(path)])
    assert result.exit_code == 2
    assert "text layer is unreadable" in result.stderr and "--ocr auto" in result.stderr
    no_tesseract = CliRunner().invoke(main, ["check", str(path)], env={"SPECDIFF_TESSERACT": ""})
    assert no_tesseract.exit_code == 2 and "apt-get install tesseract-ocr" in no_tesseract.stderr


def test_font_without_unicode_map_is_read_by_ocr(tmp_path: Path) -> None:
    from tests.scanmaker import require_tesseract

    require_tesseract()
    raw = read(_pdf_without_unicode_map(tmp_path / "nomap.pdf"))
    assert raw.source.ocr_pages == (1,)
    assert sum(line.text == SENTENCE for line in raw.lines) >= 10
