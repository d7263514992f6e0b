"""Hostile and broken inputs, generated: DOCX packages, raw PDFs, HTML, text and JSON.

Used by the tests (small sizes) and by ``python -m bench.hostile`` (the sizes from issue 21).
Everything is written from scratch here so that each file holds exactly the defect it is named
for: a DOCX whose numbering says ``w:ilvl="abc"``, a PDF whose page tree loops, a zip bomb.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Sequence

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'numbering" Target="numbering.xml"/></Relationships>'
)


def docx_package(
    document_xml: str, numbering_xml: str | None = None, *, extra: dict[str, bytes] | None = None
) -> bytes:
    """A DOCX zip holding these parts (and a numbering part when given)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("word/document.xml", document_xml)
        if numbering_xml is not None:
            zf.writestr("word/_rels/document.xml.rels", _DOC_RELS)
            zf.writestr("word/numbering.xml", numbering_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


def docx_paragraphs(paragraphs: Sequence[str], *, numbered: Sequence[str] = (), num_pr: str = "") -> str:
    """document.xml with one paragraph per text, then the ``numbered`` ones carrying ``num_pr``."""
    plain = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    items = "".join(f"<w:p><w:pPr>{num_pr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>" for text in numbered)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{plain}{items}</w:body></w:document>'
    )


def numbering(*, fmt: str = "decimal", start: str = "1", lvl: str = "0", text: str = "%1.") -> str:
    """numbering.xml with one abstract list (one level) and one list instance, numId 1."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">'
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{lvl}"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def numbered_docx(*, ilvl: str = "0", fmt: str = "decimal", start: str = "1", lvl: str | None = None) -> bytes:
    """Three numbered duties; the list's level, format and start as given (any string)."""
    num_pr = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'
    duties = ["Files letters.", "Answers the telephone.", "Keeps the records."]
    document = docx_paragraphs(["RECORDS CLERK", "DUTIES"], numbered=duties, num_pr=num_pr)
    return docx_package(document, numbering(fmt=fmt, start=start, lvl=ilvl if lvl is None else lvl))


def docx_without_body() -> bytes:
    return docx_package(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"/>')


def docx_other_root() -> bytes:
    return docx_package('<?xml version="1.0" encoding="UTF-8"?><html><body><p>Not Word.</p></body></html>')


def docx_zip_bomb(unpacked_mb: int) -> bytes:
    """A valid document whose document.xml inflates to ``unpacked_mb`` MB of one repeated run."""
    run = "<w:r><w:t>x</w:t></w:r>"
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p>'
    tail = "</w:p></w:body></w:document>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head.encode())
            block = (run * 4096).encode()
            for _ in range(unpacked_mb * 1024 * 1024 // len(block)):
                fh.write(block)
            fh.write(tail.encode())
    return out.getvalue()


# --------------------------------------------------------------------------- PDF


def pdf_file(objects: Sequence[bytes], *, root: int = 1) -> bytes:
    """A PDF of these objects (numbered from 1) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _stream(data: bytes, *, flate: bool = False) -> bytes:
    if flate:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_ops(lines: Sequence[str], *, top: int = 740) -> bytes:
    body = b"".join(
        b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (top - 16 * i, line.encode("latin-1")) for i, line in enumerate(lines)
    )
    return body


def pdf_pages(pages: Sequence[Sequence[str]]) -> bytes:
    """An ordinary text PDF, one content stream per page."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]
    for i, lines in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >>"
            b" /Contents %d 0 R >>" % (3 + 2 * count, 4 + 2 * i)
        )
        objects.append(_stream(text_ops(lines)))
    objects.append(_FONT)
    return pdf_file(objects)


def pdf_without_unicode_map(sentence: str) -> bytes:
    """A PDF in an embedded TrueType font whose ToUnicode map is cut out (the key renamed, same
    length, so the file's offsets hold): readers see glyph numbers, not letters."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.add_font("dv", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("dv", size=11)
    for i in range(12):
        pdf.set_xy(20, 20 + i * 6)
        pdf.cell(0, 6, sentence)
    data = bytes(pdf.output())
    assert b"/ToUnicode" in data
    return data.replace(b"/ToUnicode", b"/ToUnicodX")


def pdf_shared_stream(pages: int, lines_per_page: int = 40) -> bytes:
    """``pages`` pages that all draw one content stream (a file ~1 stream long, read ``pages`` times)."""
    lines = [
        f"Duty line {i} of the shared content stream, long enough to hold some words." for i in range(lines_per_page)
    ]
    content = 4  # object number of the shared stream
    kids = b" ".join(b"5 0 R" for _ in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        _FONT,
        _stream(text_ops(lines), flate=True),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
        b" /Contents %d 0 R >>" % content,
    ]
    return pdf_file(objects)


def pdf_inflating(unpacked_mb: int) -> bytes:
    """One page whose content stream inflates to ``unpacked_mb`` MB (mostly spaces after the text)."""
    ops = text_ops(["RECORDS CLERK", "Files letters."])
    compressor = zlib.compressobj(9)
    data = compressor.compress(ops)
    chunk = b" " * (1024 * 1024)
    for _ in range(unpacked_mb):
        data += compressor.compress(chunk)
    data += compressor.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        stream,
        _FONT,
    ]
    return pdf_file(objects)


def pdf_page_tree_loop() -> bytes:
    """A page tree that lists itself as its own second kid (its /Count says two pages)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        _stream(text_ops(["RECORDS CLERK", "DUTIES", "Files letters."])),
        _FONT,
    ]
    return pdf_file(objects)


def pdf_zero_pages() -> bytes:
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


# --------------------------------------------------------------------------- text and HTML


def nested_html(depth: int, *, text_mb: float = 0.0) -> bytes:
    """``depth`` nested divs around the duties, then a MINIMUM QUALIFICATIONS section, and
    ``text_mb`` MB of paragraphs inside the deepest div."""
    paragraph = "<p>Files letters and keeps records of the unit in good order every day.</p>\n"
    filler = paragraph * int(text_mb * 1024 * 1024 / len(paragraph))
    return (
        "<html><head><title>Records Clerk</title></head><body><h1>RECORDS CLERK</h1><h2>DUTIES</h2>"
        + "<div>" * depth
        + "<p>Deep duty text.</p>"
        + filler
        + "</div>" * depth
        + "<h2>MINIMUM QUALIFICATIONS</h2><p>Two years of clerical experience.</p></body></html>"
    ).encode()


STANDARD = (
    "RECORDS CLERK\n\nDISTINGUISHING FEATURES OF THE CLASS:\n\nThis is clerical work.\n\n"
    "TYPICAL WORK ACTIVITIES:\n\n1. Files letters.\n2. Answers the telephone.\n\n"
    "MINIMUM QUALIFICATIONS:\n\nTwo years of clerical experience.\n"
)


def deep_json(depth: int) -> bytes:
    return b'{"schema": "specdiff/document/v1", "x": ' + b"[" * depth + b"]" * depth + b"}"


def deep_toml(depth: int) -> bytes:
    return b"x = " + b"[" * depth + b"]" * depth + b"\n"


__all__ = [
    "STANDARD",
    "deep_json",
    "deep_toml",
    "docx_other_root",
    "docx_package",
    "docx_paragraphs",
    "docx_without_body",
    "docx_zip_bomb",
    "nested_html",
    "numbered_docx",
    "pdf_file",
    "pdf_inflating",
    "pdf_page_tree_loop",
    "pdf_pages",
    "pdf_shared_stream",
    "pdf_zero_pages",
]
