"""The pdfplumber backend: glyphs and ruling lines of every page, as :mod:`.glyphs` types.

pdfplumber (on pdfminer.six) is the thorough reader: it copes with odd fonts and encodings and
reports every glyph with its box. It is also slow (~23 pages/s here), which is why the layout
code downstream never touches its objects.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from ..errors import InputError
from .glyphs import Glyph, GlyphColumns, PageContent, Rule, box_edges


def read_pages(data: bytes, name: str) -> list[PageContent]:
    """Every page's glyphs and rules; raises InputError for encrypted, damaged or truncated files."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            return [_page(number, page) for number, page in enumerate(pdf.pages, start=1)]
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(f"cannot read {name}: the PDF is encrypted") from exc
    except PDFSyntaxError as exc:
        raise InputError(f"cannot read {name}: the PDF is damaged or truncated ({exc})") from exc
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise InputError(f"cannot read {name}: the PDF is encrypted") from exc
        raise InputError(f"cannot read {name}: the PDF is damaged or truncated ({type(exc).__name__})") from exc


def _page(number: int, page: Any) -> PageContent:
    width, height = float(page.width), float(page.height)
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
    glyphs = GlyphColumns.of(
        Glyph(
            text=c["text"],
            x0=float(c["x0"]) - x_off,
            x1=float(c["x1"]) - x_off,
            top=float(c["top"]) - y_off,
            bottom=float(c["bottom"]) - y_off,
            size=round(float(c.get("size") or 10.0), 2),
        )
        for c in page.chars
        if c.get("upright", True)
    )
    rules: list[Rule] = []
    for obj in (*page.rects, *page.lines):
        rules += box_edges(
            float(obj["x0"]) - x_off,
            float(obj["top"]) - y_off,
            float(obj["x1"]) - x_off,
            float(obj["bottom"]) - y_off,
            stroked=bool(obj.get("stroke")) or obj.get("object_type") == "line",
        )
    return PageContent(number=number, width=width, height=height, glyphs=glyphs, rules=tuple(rules))
