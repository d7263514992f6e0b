"""The fallback parser for any jurisdiction: headings by their shape, titles wherever printed.

Headings are an ALL CAPS line, a short line ending in a colon, or a short Title Case line on its
own; the synonym table maps them to section kinds and anything else is kept as ``other`` with a
warning. Titles come from a class table, a "Class Title:" field, a graded header block, or the
document's own title line. A real standard from a jurisdiction we have never seen still comes out
as sections and clauses, never as one blob.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, RawText
from .build import Header, build_document, rows_of
from .header import field_titles, graded_titles, prominent_title, table_titles
from .nys import header_rows
from .rows import Row
from .sections import Dialect

DIALECT = Dialect("generic")


def find_titles(rows: list[Row]) -> tuple[list[tuple[str, str | None, str | None]], set[int]]:
    """Titles from the most explicit place the document prints them."""
    found, used = table_titles(rows)
    if found:
        return found, used
    found, used = field_titles(rows)
    if found:
        return found, used
    found, used = graded_titles(header_rows(rows))
    if found:
        return found, used
    top = prominent_title(rows)
    if top is not None:
        return [(top[0], top[1], None)], {top[2]}
    return [], set()


@dataclass(frozen=True)
class GenericParser:
    name: str = DIALECT.name

    def detect(self, raw: RawText) -> tuple[float, tuple[str, ...]]:
        return 0.3, ("fallback: headings recognised by their shape",)

    def parse(self, raw: RawText, *, confidence: float, reasons: tuple[str, ...]) -> Document:
        rows = rows_of(raw)
        found, used = find_titles(rows)
        return build_document(
            raw, rows, Header(found, frozenset(used)), DIALECT, confidence=confidence, reasons=reasons
        )
