"""What ingestion hands the parsers: recovered lines with where they were printed.

Every reader (text, Markdown, PDF with or without OCR, DOCX, HTML, legacy .doc) returns the same
:class:`RawText`, so a parser never knows which format a standard arrived in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .contract import JSON, with_ocr
from .kinds import LOW_OCR_CONFIDENCE


@dataclass(frozen=True, slots=True)
class Line:
    """One recovered line of text with where it came from (1-based page and line numbers).

    ``furniture`` says why a line is printed on the page but is not part of the document (a
    running footer, a text export's header block, markup, site navigation); such a line stays
    where it was printed, so line numbers and the recovered text stay as the file has them, and
    the parsers never read it as content. ``heading`` is the level of a heading the source marks
    up as one (HTML ``<h2>``, Markdown ``##``): 1 for the top level."""

    text: str
    line: int
    page: int | None = None
    ocr_confidence: float | None = None  # mean word confidence (0-100) when the line was read by OCR
    furniture: str | None = None
    heading: int | None = None
    block: bool = False  # the source starts a block here (Markdown paragraph): nothing runs on into it

    @property
    def low_confidence(self) -> bool:
        return self.ocr_confidence is not None and self.ocr_confidence < LOW_OCR_CONFIDENCE

    def to_json(self) -> JSON:
        out: JSON = {"text": self.text, "line": self.line, "page": self.page}
        if self.block:
            out["block"] = True
        if self.furniture is not None:
            out["furniture"] = self.furniture
        if self.heading is not None:
            out["heading"] = self.heading
        return with_ocr(out, self.ocr_confidence, self.low_confidence)


@dataclass(frozen=True, slots=True)
class Source:
    """The file a document was read from; ``sha256`` identifies the exact bytes."""

    path: str
    sha256: str
    media_type: str
    pages: int | None = None
    ocr_pages: tuple[int, ...] = ()  # pages whose text was read by OCR (added field, omitted when none)

    def to_json(self) -> JSON:
        out: JSON = {"path": self.path, "sha256": self.sha256, "media_type": self.media_type, "pages": self.pages}
        if self.ocr_pages:
            out["ocr_pages"] = list(self.ocr_pages)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Source:
        pages = tuple(int(p) for p in data.get("ocr_pages", ()))
        return cls(data["path"], data["sha256"], data["media_type"], data.get("pages"), pages)


@dataclass(frozen=True, slots=True)
class RawText:
    """What ingestion hands the parsers: lines in reading order, furniture flagged in place
    (``Line.furniture``), except the running headers and footers a PDF repeats on its pages:
    they are taken out of the reading order and kept in ``furniture`` with their provenance."""

    source: Source
    lines: tuple[Line, ...]
    warnings: tuple[str, ...] = ()
    furniture: tuple[Line, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


__all__ = ["Line", "RawText", "Source"]
