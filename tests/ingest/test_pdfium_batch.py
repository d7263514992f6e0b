"""The batched PDFium reader gives exactly what asking every property of every character gives.

``reference_glyphs`` below is the straightforward reader (six PDFium calls per character) the
batched one replaced; both run on PDFs we write (plain text, a ligature, a line-end hyphen, two
fonts and sizes on one line) and on every realdocs PDF.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specdiff.ingest.glyphs import Glyph
from specdiff.ingest.pdfium_batch import object_runs, page_columns
from tests.conftest import SHARED, shared_path
from tests.ingest.makers import form_pdf, paged_pdf, two_column_pdf

REALDOC_PDFS = sorted(p.name for p in (SHARED / "realdocs").glob("*.pdf")) if (SHARED / "realdocs").exists() else []


def reference_glyphs(handle: Any, height: float) -> list[Glyph]:
    """Every property asked of every character, one call each."""
    import pypdfium2.raw as raw

    rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    glyphs = []
    for index in range(raw.FPDFText_CountChars(handle)):
        code = raw.FPDFText_GetUnicode(handle, index)
        hyphen = code in (0x02, 0xFFFE) or raw.FPDFText_IsHyphen(handle, index) == 1
        if not hyphen and (raw.FPDFText_IsGenerated(handle, index) == 1 or code in (0x0D, 0x0A, 0)):
            continue
        if not raw.FPDFText_GetLooseCharBox(handle, index, ctypes.byref(rect)):
            continue
        raw.FPDFText_GetMatrix(handle, index, ctypes.byref(matrix))
        size = round(raw.FPDFText_GetFontSize(handle, index) * abs(matrix.d), 2)
        text = "-" if hyphen else chr(code)
        glyphs.append(Glyph(text, rect.left, rect.right, height - rect.top, height - rect.bottom, size))
    return glyphs


def _assert_same(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    glyphs = 0
    try:
        for page in pdf:
            height = page.get_height()
            textpage = page.get_textpage()
            assert page_columns(textpage.raw, height).glyphs() == reference_glyphs(textpage.raw, height)
            glyphs += len(reference_glyphs(textpage.raw, height))
            textpage.close()
    finally:
        pdf.close()
    return glyphs


def _mixed_pdf(path: Path) -> Path:
    """Two fonts and sizes on one line, a ligature-prone word, a hyphen at a line end, spaces."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(72, 72)
    pdf.cell(100, 14, "Effective office ")
    pdf.set_font("Times", "B", size=14)
    pdf.cell(100, 14, "FINAL  grade")
    pdf.set_font("Courier", size=9)
    pdf.set_xy(72, 100)
    pdf.multi_cell(160, 12, "Performs the classi- fication of records and other well-defined tasks " * 3)
    pdf.output(str(path))
    return path


def test_same_glyphs_on_our_pdfs(tmp_path: Path) -> None:
    paths = [
        _mixed_pdf(tmp_path / "mixed.pdf"),
        two_column_pdf(tmp_path / "cols.pdf"),
        form_pdf(tmp_path / "form.pdf"),
        paged_pdf(tmp_path / "paged.pdf", [["classi-", "fication", "self-", "reliant"]], header="H", footer="{n}"),
    ]
    assert all(_assert_same(path) > 10 for path in paths)


@pytest.mark.shared
@pytest.mark.parametrize("name", REALDOC_PDFS or ["(absent)"])
def test_same_glyphs_on_every_realdoc_pdf(name: str) -> None:
    assert _assert_same(shared_path("realdocs", name)) > 1000


@given(st.lists(st.integers(min_value=1, max_value=40), max_size=30))
def test_object_runs_find_every_run(lengths: list[int]) -> None:
    keys = [run for run, length in enumerate(lengths) for _ in range(length)]
    asked: list[int] = []

    def key(index: int) -> int:
        asked.append(index)
        return keys[index]

    runs = object_runs(key, len(keys))
    starts = [sum(lengths[:i]) for i in range(len(lengths))]
    assert runs == [(start, start + length) for start, length in zip(starts, lengths, strict=True)]
    assert len(asked) <= sum(2 + 2 * length.bit_length() for length in lengths)
