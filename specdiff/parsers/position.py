"""Position descriptions: several positions in one file, goals with weights and activities.

A position starts at "POSITION SUMMARY – <title>" or "Addition: <title>"; its title scopes every
section until the next position. Goals carry percentage weights ("40%", "GOAL A:") and their
activities (A.1, A.2, ...) are children. A summary that runs into a lead-in and a bulleted list
holds the position's activities (a duties section without a printed heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, RawText
from .build import Header, build_document, rows_of
from .rows import Row
from .sections import Dialect
from .signals import score, signal

_START = re.compile(
    r"^(?P<h>position\s+summary|position\s+description|position|addition|new\s+position)\s*[:\u2013\u2014-]\s*(?P<t>\S.{2,100})$",
    re.IGNORECASE,
)
SIGNALS = (
    signal(0.35, "positions start with 'Position Summary – <title>'", r"^\s*position summary\s*[:\u2013\u2014-]"),
    signal(0.25, "has lettered goals ('GOAL A:')", r"^\s*goal\s+[A-Z0-9]{1,2}\s*:"),
    signal(0.2, "has percentage weights on their own lines", r"^\s*\d{1,3}\s?%\s*$"),
    signal(0.1, "has worker activities numbered A.1, A.2", r"^\s*[A-Z]\.\d{1,2}\b"),
    signal(0.1, "has 'Addition: <title>' positions", r"^\s*addition\s*:"),
)


def position_start(text: str) -> tuple[str, str] | None:
    """(heading, printed title) when a row starts a new position."""
    m = _START.match(text)
    return (m.group("h"), m.group("t").strip()) if m else None


DIALECT = Dialect("position-description", scope_persists=True, position_start=position_start)


def position_titles(rows: list[Row]) -> list[tuple[str, str | None, str | None]]:
    return [(found[1], None, None) for r in rows if r.text and (found := position_start(r.text))]


@dataclass(frozen=True)
class PositionParser:
    name: str = DIALECT.name

    def detect(self, raw: RawText) -> tuple[float, tuple[str, ...]]:
        return score(raw, SIGNALS)

    def parse(self, raw: RawText, *, confidence: float, reasons: tuple[str, ...]) -> Document:
        rows = rows_of(raw)
        header = Header(position_titles(rows))
        return build_document(raw, rows, header, DIALECT, confidence=confidence, reasons=reasons)
