"""Parsers: recovered lines to the document model, one parser per published form.

A registry (``PARSERS``) maps each format name to a parser; :func:`parse` asks every parser how
confident it is and takes the best, unless ``dialect`` names one. The chosen format, its
confidence and the reasons go into the document so a reviewer can see why a file was read the
way it was. All parsers share the building blocks in this package (rows, headings, titles,
segment, sentences, metadata); each adds only what its form prints differently.
"""

from __future__ import annotations

from typing import Protocol

from ..errors import ParseError
from ..model import Document, RawText
from .confidence import with_ocr_confidence
from .county import CountyParser
from .generic import GenericParser
from .nys import NysParser
from .position import PositionParser
from .posting import PostingParser
from .requirements import with_requirements


class Parser(Protocol):
    @property
    def name(self) -> str: ...

    def detect(self, raw: RawText) -> tuple[float, tuple[str, ...]]: ...

    def parse(self, raw: RawText, *, confidence: float, reasons: tuple[str, ...]) -> Document: ...


# Each parser under the name its dialect declares (the contract's formats, ``model.FORMATS``).
PARSERS: dict[str, Parser] = {
    parser.name: parser for parser in (NysParser(), CountyParser(), PositionParser(), PostingParser(), GenericParser())
}


def detect(raw: RawText) -> list[tuple[str, float, tuple[str, ...]]]:
    """Every format with its confidence and reasons, best first (ties go to the name order)."""
    scored = [(name, *parser.detect(raw)) for name, parser in PARSERS.items()]
    return sorted(scored, key=lambda item: (-item[1], item[0]))


def parse(raw: RawText, *, dialect: str | None = None) -> Document:
    """Turn recovered lines into a Document; never raises on odd text, only on a bad dialect."""
    if dialect is not None:
        if dialect not in PARSERS:
            raise ParseError(f"unknown dialect {dialect!r}; valid dialects: {', '.join(sorted(PARSERS))}")
        doc = PARSERS[dialect].parse(raw, confidence=1.0, reasons=(f"dialect {dialect} given",))
    else:
        name, confidence, reasons = detect(raw)[0]
        doc = PARSERS[name].parse(raw, confidence=confidence, reasons=reasons)
    return with_ocr_confidence(with_requirements(doc), raw)


__all__ = ["PARSERS", "Parser", "detect", "parse"]
