"""The one document model every stage shares.

Frozen, slotted dataclasses so that a parsed document can be hashed, cached and handed to a
process pool without anyone mutating it behind the diff's back. Provenance (page, line range)
lives on every clause from the start: a reviewer must be able to find each change in the
published file. This module imports nothing else of specdiff's but its requirement part
(:mod:`specdiff.requirement_model`, re-exported here), so every stage can depend on it.

JSON contracts: ``specdiff/document/v1`` (Document) and ``specdiff/diff/v1`` (Diff). Their
schemas ship in ``specdiff/schemas``; they change only by adding fields.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .requirement_model import (
    CONDITION_KINDS,
    PROFILES,
    Eligibility,
    Evidence,
    Passage,
    Requirement,
    RequirementChange,
    Standing,
    Substitution,
)

DOCUMENT_SCHEMA = "specdiff/document/v1"
DIFF_SCHEMA = "specdiff/diff/v1"

SECTION_KINDS = (
    "description",
    "distinguishing_characteristics",
    "duties",
    "knowledge_skills_abilities",
    "minimum_qualifications",
    "notes",
    "other",
    # told apart from the minimum qualifications: read for what they are, never as minimums
    "preferred_qualifications",
    "selective_certification",
    "qualifications_review",
    "supplemental_questions",
    "conditions_of_employment",
    # the parts of a job posting or job description that are not the class itself
    "pay_and_benefits",
    "application_process",
    "selection_process",
    "working_conditions",
    "about",
)
FORMATS = ("nys-classification-standard", "ny-county-class-spec", "position-description", "job-posting", "generic")
STATUSES = ("final", "tentative", "draft")
CHANGE_OPS = ("unchanged", "modified", "moved", "added", "removed", "split", "merged")
# Mean Tesseract word confidence (0-100) below which an OCR'd line, and a clause built from such a
# line, is marked low-confidence: clean typewritten scans read at 90-96, a smudged word pulls its
# line under this, and a reviewer should then suspect a misreading before a real change.
LOW_OCR_CONFIDENCE = 80.0

JSON = dict[str, Any]


# --------------------------------------------------------------------------- ingestion


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
        return _with_ocr(out, self.ocr_confidence, self.low_confidence)


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


# --------------------------------------------------------------------------- document


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
        return _with_ocr(out, self.ocr_confidence, self.low_confidence)

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


def _with_ocr(out: JSON, confidence: float | None, low: bool) -> JSON:
    """The OCR fields (added to the contracts) only on text that OCR read, so documents read
    from a text layer serialise exactly as before."""
    if confidence is not None:
        out["ocr_confidence"] = confidence
        out["low_confidence"] = low
    return out


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
    def from_json(cls, data: Mapping[str, Any]) -> Document:
        if data.get("schema") != DOCUMENT_SCHEMA:
            raise ValueError(f"not a {DOCUMENT_SCHEMA} document (schema={data.get('schema')!r})")
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


# --------------------------------------------------------------------------- diff


@dataclass(frozen=True, slots=True)
class ClauseRef:
    """A clause as a change shows it: where it sat (section kind, heading as printed, title, span)
    and its text."""

    id: str
    text: str
    section: str
    title: str | None = None
    span: Span | None = None
    label: str | None = None
    heading: str | None = None  # the section heading as printed ("Illustrative Tasks"); added field
    ocr_confidence: float | None = None  # the clause's OCR confidence when it was read by OCR; added field

    @property
    def low_confidence(self) -> bool:
        return self.ocr_confidence is not None and self.ocr_confidence < LOW_OCR_CONFIDENCE

    def to_json(self) -> JSON:
        out: JSON = {
            "id": self.id,
            "text": self.text,
            "section": self.section,
            "title": self.title,
            "label": self.label,
            "span": self.span.to_json() if self.span else None,
            "heading": self.heading,
        }
        return _with_ocr(out, self.ocr_confidence, self.low_confidence)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClauseRef:
        span = data.get("span")
        return cls(
            id=data["id"],
            text=data["text"],
            section=data.get("section", "other"),
            title=data.get("title"),
            span=Span.from_json(span) if span else None,
            label=data.get("label"),
            heading=data.get("heading"),
            ocr_confidence=data.get("ocr_confidence"),
        )


@dataclass(frozen=True, slots=True)
class InlineOp:
    """One run of a word-level diff: ``equal``, ``insert`` or ``delete``."""

    op: str
    text: str

    def to_json(self) -> JSON:
        return {"op": self.op, "text": self.text}


@dataclass(frozen=True, slots=True)
class Change:
    """One aligned unit of the diff; every clause of both versions sits in exactly one."""

    id: str
    op: str
    substantive: bool
    section: str
    title: str | None = None
    old: tuple[ClauseRef, ...] = ()
    new: tuple[ClauseRef, ...] = ()
    reasons: tuple[str, ...] = ()
    similarity: float = 0.0
    inline: tuple[InlineOp, ...] = ()
    match: str | None = None  # which alignment pass paired the clauses ("exact", "fuzzy", ...)

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "op": self.op,
            "substantive": self.substantive,
            "reasons": list(self.reasons),
            "section": self.section,
            "title": self.title,
            "old": [c.to_json() for c in self.old],
            "new": [c.to_json() for c in self.new],
            "similarity": self.similarity,
            "match": self.match,
            "inline": [i.to_json() for i in self.inline],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        return cls(
            id=data["id"],
            op=data["op"],
            substantive=data["substantive"],
            section=data["section"],
            title=data.get("title"),
            old=tuple(ClauseRef.from_json(c) for c in data.get("old", ())),
            new=tuple(ClauseRef.from_json(c) for c in data.get("new", ())),
            reasons=tuple(data.get("reasons", ())),
            similarity=float(data.get("similarity", 0.0)),
            inline=tuple(InlineOp(i["op"], i["text"]) for i in data.get("inline", ())),
            match=data.get("match"),
        )


@dataclass(frozen=True, slots=True)
class MetadataChange:
    """A change to the document's header facts: status, date, title, code or grade."""

    field: str
    old: str | None
    new: str | None
    title: str | None = None  # the title (level) a code or grade change belongs to

    def to_json(self) -> JSON:
        return {"field": self.field, "old": self.old, "new": self.new, "title": self.title}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MetadataChange:
        return cls(data["field"], data.get("old"), data.get("new"), data.get("title"))


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """The header of one side of a diff: enough to say which documents were compared."""

    source: Source
    format: str
    status: str | None
    date: str | None
    titles: tuple[Title, ...]

    @classmethod
    def of(cls, doc: Document) -> DocumentRef:
        return cls(doc.source, doc.format, doc.status, doc.date, doc.titles)

    def to_json(self) -> JSON:
        return {
            "source": self.source.to_json(),
            "format": self.format,
            "status": self.status,
            "date": self.date,
            "titles": [t.to_json() for t in self.titles],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DocumentRef:
        return cls(
            Source.from_json(data["source"]),
            data["format"],
            data.get("status"),
            data.get("date"),
            tuple(Title.from_json(t) for t in data.get("titles", ())),
        )


SUMMARY_KEYS = ("substantive", "editorial", "unchanged", "modified", "moved", "added", "removed", "split", "merged")


@dataclass(frozen=True, slots=True)
class Diff:
    """The comparison of two documents: the contract ``specdiff/diff/v1``."""

    old: DocumentRef
    new: DocumentRef
    changes: tuple[Change, ...] = ()
    metadata_changes: tuple[MetadataChange, ...] = ()
    requirement_changes: tuple[RequirementChange, ...] = ()
    warnings: tuple[str, ...] = ()
    requirement_gaps: tuple[RequirementChange, ...] = ()  # facts one side states in words not read
    eligibility: tuple[Eligibility, ...] = ()  # who can now qualify, per title x route x profile

    @property
    def summary(self) -> dict[str, int]:
        """Counts derived from the changes, so they can never disagree with the list."""
        counts = dict.fromkeys(SUMMARY_KEYS, 0)
        for change in self.changes:
            counts[change.op] += 1
            if change.op != "unchanged":
                counts["substantive" if change.substantive else "editorial"] += 1
        return counts

    @property
    def has_substantive(self) -> bool:
        return any(c.substantive for c in self.changes) or bool(self.metadata_changes)

    def to_json(self) -> JSON:
        return {
            "schema": DIFF_SCHEMA,
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "metadata_changes": [m.to_json() for m in self.metadata_changes],
            "changes": [c.to_json() for c in self.changes],
            "requirement_changes": [r.to_json() for r in self.requirement_changes],
            "requirement_gaps": [r.to_json() for r in self.requirement_gaps],
            "eligibility": [e.to_json() for e in self.eligibility],
            "summary": self.summary,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Diff:
        if data.get("schema") != DIFF_SCHEMA:
            raise ValueError(f"not a {DIFF_SCHEMA} diff (schema={data.get('schema')!r})")
        return cls(
            old=DocumentRef.from_json(data["old"]),
            new=DocumentRef.from_json(data["new"]),
            changes=tuple(Change.from_json(c) for c in data.get("changes", ())),
            metadata_changes=tuple(MetadataChange.from_json(m) for m in data.get("metadata_changes", ())),
            requirement_changes=tuple(RequirementChange.from_json(r) for r in data.get("requirement_changes", ())),
            warnings=tuple(data.get("warnings", ())),
            requirement_gaps=tuple(RequirementChange.from_json(r) for r in data.get("requirement_gaps", ())),
            eligibility=tuple(Eligibility.from_json(e) for e in data.get("eligibility", ())),
        )


__all__ = [
    "CHANGE_OPS",
    "CONDITION_KINDS",
    "DIFF_SCHEMA",
    "DOCUMENT_SCHEMA",
    "FORMATS",
    "LOW_OCR_CONFIDENCE",
    "PROFILES",
    "SECTION_KINDS",
    "STATUSES",
    "Change",
    "Clause",
    "ClauseRef",
    "Definition",
    "Diff",
    "Document",
    "DocumentRef",
    "Eligibility",
    "Evidence",
    "Furniture",
    "InlineOp",
    "Line",
    "MetadataChange",
    "Passage",
    "RawText",
    "Requirement",
    "RequirementChange",
    "Section",
    "Source",
    "Span",
    "Standing",
    "Substitution",
    "Title",
]
