"""Parsers: recovered lines to the document model, one parser per published form.

A registry (``PARSERS``) maps each format name to a parser; :func:`parse` asks every parser how
confident it is and takes the best, unless ``dialect`` names one. The chosen format and the
reasons go into the document so a reviewer can see why a file was read the way it was.
"""

from __future__ import annotations

from ..errors import ParseError
from ..model import Document, RawText
from .generic import GenericParser
from .requirements import with_requirements

PARSERS = {"generic": GenericParser()}


def parse(raw: RawText, *, dialect: str | None = None) -> Document:
    """Turn recovered lines into a Document; never raises on odd text, only on a bad dialect."""
    if dialect is not None:
        if dialect not in PARSERS:
            raise ParseError(f"unknown dialect {dialect!r}; valid dialects: {', '.join(sorted(PARSERS))}")
        return with_requirements(PARSERS[dialect].parse(raw, confidence=1.0, reasons=(f"dialect {dialect} given",)))
    scored = sorted(
        ((parser.detect(raw), name) for name, parser in PARSERS.items()),
        key=lambda item: (-item[0][0], item[1]),
    )
    (confidence, reasons), name = scored[0]
    return with_requirements(PARSERS[name].parse(raw, confidence=confidence, reasons=reasons))


__all__ = ["PARSERS", "parse"]
