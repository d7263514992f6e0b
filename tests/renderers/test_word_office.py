"""The redline opens in an office suite: LibreOffice converts it to PDF with its revisions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.parsers import parse
from specdiff.renderers.word import to_docx
from tests.conftest import shared_path

from .fixtures import every_op_diff
from .office import pdf_pages, to_pdf

WHEN = datetime(2024, 6, 1, tzinfo=UTC)


def _flat(text: str) -> str:
    return " ".join(text.replace("\ufffe", "").replace("\x02", "").split())


@pytest.mark.slow
def test_libreoffice_opens_the_redline_with_its_revisions(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    path.write_bytes(to_docx(every_op_diff(), editorial="include", date=WHEN))
    docx.Document(str(path))  # python-docx opens it too
    pages = pdf_pages(to_pdf(path, tmp_path))
    text = _flat(" ".join(pages))
    assert len(pages) >= 2
    assert "Redline: Records Clerk" in text and "Key changes" in text and "Sign-off" in text
    assert "Three years of clerical experience" in text  # inserted words
    assert "Operates the microfilm reader." in text  # a deleted paragraph is shown, struck through
    assert "Trains new clerks in the filing system;" in text  # a move, at both its places
    assert text.count("Trains new clerks in the filing system;") == 2


@pytest.mark.slow
@pytest.mark.shared
def test_libreoffice_converts_the_seed_pair_redline(tmp_path: Path) -> None:
    seeds = shared_path("seeds")
    diff = compare(parse(read(seeds / "nys-cms-hbe-2018.txt")), parse(read(seeds / "nys-cms-hbe-2024-tentative.txt")))
    path = tmp_path / "seed-redline.docx"
    path.write_bytes(to_docx(diff, date=WHEN))
    pages = pdf_pages(to_pdf(path, tmp_path))
    text = _flat(" ".join(pages))
    assert len(pages) >= 5
    assert "Minimum Qualifications" in text and "Illustrative Tasks" in text
