"""A long PDF made from synthetic text, for ingestion figures on more than a handful of pages.

fpdf2 sets ``perturb.py`` text in a TrueType font when one is installed (DejaVu Sans or
Liberation Sans, so bullets and curly quotes survive), else in Helvetica with the text folded
to Latin-1. Paragraphs are wrapped and justified by fpdf2, with a running header and a page
number, so the reader meets furniture and line-end hyphen-free prose on every page.
"""

from __future__ import annotations

from pathlib import Path

FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
)


def make_long_pdf(text: str, path: Path, *, pages: int = 200) -> Path:
    """Write ``pages`` pages of ``text`` (repeated if it runs out) to ``path``."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, margin=20)
    font = next((f for f in FONTS if f.exists()), None)
    if font:
        pdf.add_font("body", fname=str(font))
        family = "body"
    else:
        family = "Helvetica"
        text = text.encode("latin-1", "replace").decode("latin-1")
    pdf.set_font(family, size=10)

    def header() -> None:
        pdf.set_font(family, size=8)
        pdf.cell(0, 6, "Synthetic class standards (specdiff bench)", align="C")
        pdf.ln(10)
        pdf.set_font(family, size=10)

    def footer() -> None:
        pdf.set_y(-15)
        pdf.set_font(family, size=8)
        pdf.cell(0, 6, f"Page {pdf.page_no()}", align="C")
        pdf.set_font(family, size=10)

    pdf.header = header  # type: ignore[method-assign]
    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    index = 0
    while True:
        para = " ".join(paragraphs[index % len(paragraphs)].split())
        index += 1
        if pdf.page_no() == pages and pdf.get_y() > pdf.h - 40:
            break
        pdf.multi_cell(0, 5, para, align="J")
        pdf.ln(2)
        if pdf.page_no() > pages:
            break
    pdf.output(str(path))
    return path
