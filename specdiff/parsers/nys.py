"""New York State classification standard: a class series with several levels.

A header block lists the titles with grades ("Grade 18", "M-4") and occupation codes in any order
and case, and the status ("Tentative"); the body has Brief Description of Class Series,
Distinguishing Characteristics, Illustrative Tasks/Duties and Minimum Qualifications, each split
by level, then "Note:", "Date:" and footnotes. The header is metadata, never clauses.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, RawText
from .build import Header, build_document, rows_of
from .header import field_titles, graded_titles
from .headings import heading_shape, kind_of
from .metadata import find_status
from .rows import Row
from .sections import Dialect
from .signals import score, signal

SIGNALS = (
    signal(0.3, "title lines carry grades", r"^.{5,120}(?:,\s*grade\s+\d{1,2}\b|,\s*[A-Z]-\d{1,2}\b)"),
    # on a line of its own: the body of a standard may mention "the Classification Standard"
    signal(0.25, "names itself a Classification Standard", r"^[ \t]*(?:\w+[ \t]+)?classification standard[ \t]*$"),
    signal(
        0.15,
        "has a 'Brief Description of Class Series' or 'Distinguishing Characteristics' heading",
        r"^\s*(?:brief description of class series|distinguishing characteristics)\s*:?\s*$",
    ),
    signal(0.15, "has an 'Illustrative Tasks/Duties' heading", r"^\s*illustrative (?:tasks|duties)\s*:?\s*$"),
    signal(0.1, "prints an occupation code", r"\bocc\.?\s*code\b"),
)
DIALECT = Dialect("nys-classification-standard", inline_note_heading=True)


def header_rows(rows: list[Row]) -> list[Row]:
    """Rows before the first heading that names a known section."""
    for i, row in enumerate(rows):
        if row.text and heading_shape(row.text) and kind_of(row.text) != "other":
            return rows[:i]
    return rows[:0]


@dataclass(frozen=True)
class NysParser:
    name: str = DIALECT.name

    def detect(self, raw: RawText) -> tuple[float, tuple[str, ...]]:
        return score(raw, SIGNALS)

    def parse(self, raw: RawText, *, confidence: float, reasons: tuple[str, ...]) -> Document:
        rows = rows_of(raw)
        head = header_rows(rows)
        found, _ = graded_titles(head)
        if len(found) == 1 and found[0][1] is None:  # one class, its code in a field of its own
            codes, _ = field_titles(head)
            if codes and codes[0][1]:
                found = [(found[0][0], codes[0][1], found[0][2])]
        status = find_status(head) or ("final" if any("standard" in r.text.lower() for r in head) else None)
        header = Header(found, frozenset(r.index for r in head if r.text), status)
        return build_document(raw, rows, header, DIALECT, confidence=confidence, reasons=reasons)
