"""County / municipal class specification: one title, capitalised headings ending in colons.

DISTINGUISHING FEATURES OF THE CLASS, TYPICAL WORK ACTIVITIES (numbered, wrapped), FULL
PERFORMANCE KNOWLEDGE, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS (semicolon items), MINIMUM
QUALIFICATIONS (EITHER/OR options, NOTEs that stay with the qualifications, Promotion). The title
is the first line; "TITLE (Cont'd)" page headers are furniture.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, RawText
from .build import Header, build_document, rows_of
from .header import field_titles, prominent_title
from .sections import Dialect
from .signals import score, signal

SIGNALS = (
    signal(0.35, "has a 'Distinguishing Features of the Class' heading", r"^\s*distinguishing features of the class\b"),
    signal(0.25, "has a 'Typical Work Activities' heading", r"^\s*typical work activities\b"),
    signal(0.15, "has a 'Full Performance Knowledge, Skills, Abilities' heading", r"^\s*full performance knowledge\b"),
    signal(0.1, "has '(Cont'd)' running headers", r"\(cont['\u2019]?d\)\s*$"),
    signal(0.1, "has EITHER/OR lettered options", r"^\s*(?:either|or)\s*:?\s*\([A-Z]\)"),
)
DIALECT = Dialect("ny-county-class-spec")


@dataclass(frozen=True)
class CountyParser:
    name: str = DIALECT.name

    def detect(self, raw: RawText) -> tuple[float, tuple[str, ...]]:
        return score(raw, SIGNALS)

    def parse(self, raw: RawText, *, confidence: float, reasons: tuple[str, ...]) -> Document:
        rows = rows_of(raw)
        found, used = field_titles(rows)
        if not found:
            top = prominent_title(rows)
            if top is not None:
                found, used = [(top[0], top[1], None)], {top[2]}
        header = Header(found, frozenset(used))
        return build_document(raw, rows, header, DIALECT, confidence=confidence, reasons=reasons)
