"""Small PDFs written by the tests themselves (fpdf2), so no real document is copied here."""

from __future__ import annotations

from pathlib import Path


def make_pdf(
    path: Path,
    pages: list[list[str]],
    *,
    header: str | None = None,
    numbers: bool = True,
    encrypt: str | None = None,
    text: bool = True,
) -> Path:
    """Write a PDF with these lines per page, a running header and "Page N" footers."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(False)
    if encrypt:
        pdf.set_encryption(owner_password=encrypt, user_password=encrypt)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        if header:
            pdf.set_xy(20, 10)
            pdf.cell(0, 6, header)
        y = 30.0
        for line in lines:
            if text:
                pdf.set_xy(20, y)
                pdf.cell(0, 6, line)
            else:
                pdf.rect(20, y, 100, 4, style="F")
            y += 6
        if numbers:
            pdf.set_xy(100, 265)
            pdf.cell(0, 6, f"Page {number}")
    pdf.output(str(path))
    return path
