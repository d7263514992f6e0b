"""The comparison of two documents: the contract ``specdiff/diff/v1``.

Every clause of both versions sits in exactly one :class:`Change`; a change shows its clauses as
:class:`ClauseRef` (where each sat and its text), so a report never needs the documents again.
Requirement changes and "who can now qualify" rows come from :mod:`.requirements`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .contract import JSON, read_contract, with_ocr
from .document import Document, Span, Title
from .kinds import DIFF_SCHEMA, LOW_OCR_CONFIDENCE, SUMMARY_KEYS
from .lines import Source
from .requirements import Eligibility, RequirementChange


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
        return with_ocr(out, self.ocr_confidence, self.low_confidence)

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
    # a difference the editorial rules explain (a title printed with other punctuation, a title
    # only one version's layout prints): listed with its reason, never a substantive change
    editorial: bool = False
    reason: str | None = None

    def to_json(self) -> JSON:
        out: JSON = {"field": self.field, "old": self.old, "new": self.new, "title": self.title}
        if self.editorial:  # written only when set, so a substantive change reads as it always did
            out |= {"editorial": True, "reason": self.reason}
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MetadataChange:
        return cls(
            data["field"],
            data.get("old"),
            data.get("new"),
            data.get("title"),
            bool(data.get("editorial", False)),
            data.get("reason"),
        )


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
        return any(c.substantive for c in self.changes) or any(not m.editorial for m in self.metadata_changes)

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
    def from_json(cls, data: Any) -> Diff:
        """The diff a ``specdiff/diff/v1`` JSON value holds; SchemaError if it holds none."""
        return read_contract(DIFF_SCHEMA, "diff", data, cls._build)

    @classmethod
    def _build(cls, data: Mapping[str, Any]) -> Diff:
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


__all__ = ["Change", "ClauseRef", "Diff", "DocumentRef", "InlineOp", "MetadataChange"]
