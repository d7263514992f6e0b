"""Small PDF, DOCX and HTML files written by the tests themselves (fpdf2, python-docx), so that
each layout the PDF reader must handle is pinned by a file we control."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

LEFT_COLUMN = [
    "The first column opens the",
    "page and keeps running down",
    "the left side for several",
    "lines before it comes to an",
    "end near the middle of the",
    "printed page at last here.",
]
RIGHT_COLUMN = [
    "Only then does the second",
    "column start at the top of",
    "the right side and carry on",
    "downwards in the same way",
    "until this second column",
    "finishes the whole page.",
]


def two_column_pdf(path: Path) -> Path:
    """A heading across the page, then two columns of prose side by side."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.set_xy(72, 60)
    pdf.cell(0, 20, "COLUMN TEST HEADING")
    pdf.set_font("Helvetica", size=11)
    for i, (a, b) in enumerate(zip(LEFT_COLUMN, RIGHT_COLUMN, strict=True)):
        pdf.set_xy(72, 100 + 14 * i)
        pdf.cell(220, 14, a)
        pdf.set_xy(320, 100 + 14 * i)
        pdf.cell(220, 14, b)
    pdf.output(str(path))
    return path


def paged_pdf(path: Path, pages: list[list[str]], *, header: str, footer: str) -> Path:
    """Pages of lines with a running header ("{n}" becomes the page number) and a footer."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        if number > 1:
            pdf.set_xy(72, 30)
            pdf.cell(0, 12, header.format(n=number))
        pdf.set_xy(72, 750)
        pdf.cell(0, 12, footer.format(n=number), align="C")
        body_lines(pdf, lines)
    pdf.output(str(path))
    return path


def body_lines(pdf: FPDF, lines: list[str]) -> None:
    """A page's body: 11 pt lines 14 pt apart from the top margin down; "" leaves a blank line."""
    pdf.set_font("Helvetica", size=11)
    y = 90.0
    for line in lines:
        if line:
            pdf.set_xy(72, y)
            pdf.cell(0, 14, line)
        y += 14


def form_pdf(path: Path) -> Path:
    """A ruled label/value table: one-line rows and a row whose value runs over three lines
    while its label sits centred beside them (as Word and LibreOffice lay out forms)."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    rows = [
        ("Pay Grade:", ["PG 12"]),
        ("Department:", ["Department of Sample Works"]),
        (
            "Scope:",
            [
                "Plans the annual survey of sample works",
                "across every district and reports",
                "the results to the board.",
            ],
        ),
    ]
    y = 80.0
    for label, value in rows:
        height = 8 + 13 * len(value)
        pdf.rect(72, y, 150, height)
        pdf.rect(222, y, 320, height)
        pdf.set_xy(78, y + (height - 13) / 2)
        pdf.cell(140, 13, label)
        for i, text in enumerate(value):
            pdf.set_xy(228, y + 4 + 13 * i)
            pdf.cell(300, 13, text)
        y += height
    pdf.output(str(path))
    return path


def numbered_docx(path: Path) -> Path:
    """A DOCX with a heading, a numbered list (Word numbering, not typed numbers), a bullet list
    and a two-column label/value table with one multi-paragraph cell."""
    import docx

    document = docx.Document()
    document.add_paragraph("TYPICAL WORK ACTIVITIES")
    for text in ("Sorts incoming mail;", "Files records;", "Answers inquiries."):
        document.add_paragraph(text, style="List Number")
    for text in ("neatness", "dependability"):
        document.add_paragraph(text, style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Pay Grade:"
    table.cell(0, 1).text = "PG 12"
    table.cell(1, 0).text = "Scope:"
    cell = table.cell(1, 1)
    cell.text = "First paragraph of the scope."
    cell.add_paragraph("Second paragraph of the scope.")
    document.core_properties.author = "specdiff tests"
    document.save(str(path))
    return path


CHROME_HTML = """<!DOCTYPE html>
<html><head><title>Sample Analyst Series - Example Agency</title><script>var x = 1;</script></head>
<body>
<a href="#main"><span class="hidden-off-screen">Main Content Anchor</span></a>
<div class="top-bar"><a href="/signin">Sign In</a> <a href="/">Home</a> <a href="/jobs">Jobs</a></div>
<nav><ul><li><a href="/a">About</a></li><li><a href="/b">Careers</a></li></ul></nav>
<div class="content-wrap">
  <div style="display:none">Page Content Main</div>
  <div class="rich-text">
    <h2>Definition of Series</h2>
    <p>This series describes analysts who review sample records &amp; prepare reports on the
    agency&#39;s programs. It has three levels of work.</p>
    <table><tr><th>Class Title</th><th>Code</th></tr>
      <tr><td>Sample Analyst</td><td>1234</td></tr>
      <tr><td>Senior Sample Analyst</td><td>1235</td></tr></table>
    <h2>Minimum Qualifications</h2>
    <p>Two years of experience reviewing records.</p>
    <ul><li><p>Either a degree</p></li><li>or four years of work.</li></ul>
  </div>
</div>
<footer><a href="/privacy">Privacy</a> Copyright 2024</footer>
</body></html>
"""
