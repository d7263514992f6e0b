"""OCR confidence carried from lines to the clauses built from them.

Ingest gives each line read by OCR the mean confidence of its words; a clause takes the lowest of
its lines' (one smudged line is enough to misread a number). The parsers never look at it: it is
attached afterwards, by the span each clause already records, so no parser has to know that a
document was scanned.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Clause, Document, Line, RawText, Span


def with_ocr_confidence(doc: Document, raw: RawText) -> Document:
    """The document with ``ocr_confidence`` set on every clause that holds an OCR'd line."""
    if not any(line.ocr_confidence is not None for line in raw.lines):
        return doc
    lookup = _Lines(raw.lines)
    sections = tuple(replace(s, clauses=tuple(_clause(c, lookup) for c in s.clauses)) for s in doc.sections)
    return replace(doc, sections=sections)


def _clause(clause: Clause, lookup: _Lines) -> Clause:
    children = tuple(_clause(c, lookup) for c in clause.children)
    return replace(clause, children=children, ocr_confidence=lookup.lowest(clause.span))


class _Lines:
    """Lines by (page, line), so a span's lines are found from its first one."""

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self.at = {(line.page, line.line): index for index, line in enumerate(lines)}

    def lowest(self, span: Span) -> float | None:
        """The lowest confidence among the OCR'd lines of a span. A span's end line is on its
        first page, or (numbered lower) on a later one: lines are numbered per page."""
        start = self.at.get((span.page, span.line))
        if start is None:
            return None
        found: list[float] = []
        for line in self.lines[start:]:
            if line.ocr_confidence is not None and line.text.strip():
                found.append(line.ocr_confidence)
            if line.line == span.end_line and (line.page != span.page or line.line >= span.line):
                break
        return min(found) if found else None
