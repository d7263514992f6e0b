"""A parsed standard: the contract ``specdiff/document/v1``.

Frozen, slotted dataclasses so that a parsed document can be hashed, cached and handed to a
process pool without anyone mutating it behind the diff's back. Provenance (page, line range)
lives on every clause from the start: a reviewer must be able to find each change in the
published file. The schema ships in ``specdiff/schemas``; the contract changes only by adding
fields.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .contract import JSON, read_contract, with_ocr
from .kinds import DOCUMENT_SCHEMA, LOW_OCR_CONFIDENCE
from .lines import Source
from .requirements import Requirement


@dataclass(frozen=True, slots=True)
class Span:
    """Where a clause was printed: page (None for unpaged sources) and 1-based line range."""

    line: int
    end_line: int
    page: int | None = None

    def to_json(self) -> JSON:
        return {"page": self.page, "line": self.line, "end_line": self.end_line}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Span:
        return cls(line=data["line"], end_line=data["end_line"], page=data.get("page"))


@dataclass(frozen=True, slots=True)
class Clause:
    """The unit a reviewer compares: one list item or one paragraph, never a whole section.

    ``text`` is the clause's own text only (no label, no bullet, no children); ``sentences``
    are character spans into it, kept because the diff uses them for splits and merges.
    """

    id: str
    text: str
    span: Span
    label: str | None = None
    weight: str | None = None
    children: tuple[Clause, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    ocr_confidence: float | None = None  # the lowest confidence of its lines when any was read by OCR

    @property
    def low_confidence(self) -> bool:
        return self.ocr_confidence is not None and self.ocr_confidence < LOW_OCR_CONFIDENCE

    def walk(self) -> Iterator[Clause]:
        """This clause, then its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_json(self) -> JSON:
        out: JSON = {
            "id": self.id,
            "label": self.label,
            "text": self.text,
            "weight": self.weight,
            "span": self.span.to_json(),
            "sentences": [list(s) for s in self.sentences],
            "children": [c.to_json() for c in self.children],
        }
        return with_ocr(out, self.ocr_confidence, self.low_confidence)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Clause:
        return cls(
            id=data["id"],
            text=data["text"],
            span=Span.from_json(data["span"]),
            label=data.get("label"),
            weight=data.get("weight"),
            children=tuple(cls.from_json(c) for c in data.get("children", ())),
            sentences=tuple((int(a), int(b)) for a, b in data.get("sentences", ())),
            ocr_confidence=data.get("ocr_confidence"),
        )


@dataclass(frozen=True, slots=True)
class Furniture:
    """A line printed on the page that is not part of the document (running header or footer,
    a text export's header/footer block, markup, navigation), with why and where. Kept so a
    reviewer can see what was set aside, and so the diff can tell that a clause of one version
    is what the other version prints as furniture."""

    text: str
    reason: str
    span: Span

    def to_json(self) -> JSON:
        return {"text": self.text, "reason": self.reason, "span": self.span.to_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Furniture:
        return cls(data["text"], data["reason"], Span.from_json(data["span"]))


@dataclass(frozen=True, slots=True)
class Title:
    """One class (level) of a series: canonical mixed-case full title, code, grade, aliases."""

    id: str
    title: str
    code: str | None = None
    grade: str | None = None
    aliases: tuple[str, ...] = ()

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "title": self.title,
            "code": self.code,
            "grade": self.grade,
            "aliases": list(self.aliases),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Title:
        return cls(data["id"], data["title"], data.get("code"), data.get("grade"), tuple(data.get("aliases", ())))


@dataclass(frozen=True, slots=True)
class Section:
    """A run of clauses under one heading, scoped to one title (``title`` None = whole document)."""

    id: str
    kind: str
    heading: str
    clauses: tuple[Clause, ...] = ()
    title: str | None = None
    span: Span | None = None

    def walk(self) -> Iterator[Clause]:
        for clause in self.clauses:
            yield from clause.walk()

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "kind": self.kind,
            "heading": self.heading,
            "title": self.title,
            "span": self.span.to_json() if self.span else None,
            "clauses": [c.to_json() for c in self.clauses],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Section:
        span = data.get("span")
        return cls(
            id=data["id"],
            kind=data["kind"],
            heading=data["heading"],
            clauses=tuple(Clause.from_json(c) for c in data.get("clauses", ())),
            title=data.get("title"),
            span=Span.from_json(span) if span else None,
        )


@dataclass(frozen=True, slots=True)
class Definition:
    """An abbreviation or footnote the document defines ("CFR" -> "Code of Federal Regulations")."""

    term: str
    expansion: str
    kind: str = "abbreviation"  # or "footnote"

    def to_json(self) -> JSON:
        return {"term": self.term, "expansion": self.expansion, "kind": self.kind}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Definition:
        return cls(data["term"], data["expansion"], data.get("kind", "abbreviation"))


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed classification standard: the contract ``specdiff/document/v1``."""

    source: Source
    format: str
    titles: tuple[Title, ...] = ()
    sections: tuple[Section, ...] = ()
    jurisdiction: str | None = None
    status: str | None = None
    date: str | None = None
    warnings: tuple[str, ...] = ()
    format_confidence: float | None = None
    format_reasons: tuple[str, ...] = ()
    definitions: tuple[Definition, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    furniture: tuple[Furniture, ...] = ()

    def clauses(self) -> Iterator[tuple[Section, Clause]]:
        """Every clause with its section, in document order (children after their parent)."""
        for section in self.sections:
            for clause in section.walk():
                yield section, clause

    def to_json(self) -> JSON:
        return {
            "schema": DOCUMENT_SCHEMA,
            "source": self.source.to_json(),
            "format": self.format,
            "format_confidence": self.format_confidence,
            "format_reasons": list(self.format_reasons),
            "jurisdiction": self.jurisdiction,
            "status": self.status,
            "date": self.date,
            "titles": [t.to_json() for t in self.titles],
            "definitions": [d.to_json() for d in self.definitions],
            "sections": [s.to_json() for s in self.sections],
            "requirements": [r.to_json() for r in self.requirements],
            "warnings": list(self.warnings),
            **({"furniture": [f.to_json() for f in self.furniture]} if self.furniture else {}),
        }

    @classmethod
    def from_json(cls, data: Any) -> Document:
        """The document a ``specdiff/document/v1`` JSON value holds; SchemaError if it holds none."""
        return read_contract(DOCUMENT_SCHEMA, "document", data, cls._build)

    @classmethod
    def _build(cls, data: Mapping[str, Any]) -> Document:
        return cls(
            source=Source.from_json(data["source"]),
            format=data["format"],
            titles=tuple(Title.from_json(t) for t in data.get("titles", ())),
            sections=tuple(Section.from_json(s) for s in data.get("sections", ())),
            jurisdiction=data.get("jurisdiction"),
            status=data.get("status"),
            date=data.get("date"),
            warnings=tuple(data.get("warnings", ())),
            format_confidence=data.get("format_confidence"),
            format_reasons=tuple(data.get("format_reasons", ())),
            definitions=tuple(Definition.from_json(d) for d in data.get("definitions", ())),
            requirements=tuple(Requirement.from_json(r) for r in data.get("requirements", ())),
            furniture=tuple(Furniture.from_json(f) for f in data.get("furniture", ())),
        )


__all__ = ["Clause", "Definition", "Document", "Furniture", "Section", "Span", "Title"]
