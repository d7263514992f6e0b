"""The ladder contract ``specdiff/ladder/v1``: titles compared with each other, level by level.

A version diff says what changed in one standard; a ladder says what one title does that
another does not. It is its own contract rather than fields on ``specdiff/diff/v1`` because its
unit is a pair of titles, not a pair of versions: "same duty, different scope" is a kind of its
own, and a duty a level inherits ("May perform all of the duties of the lower level") is
neither added nor removed. Clauses are referred to with the diff contract's ``ClauseRef`` and
word diffs with its ``InlineOp``, so a reader of one contract can read the other.

Frozen dataclasses, like the rest of the model; ``to_json``/``from_json`` round-trip.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..model import JSON, ClauseRef, DocumentRef, InlineOp, Requirement, Title
from ..model.contract import read_contract

LADDER_SCHEMA = "specdiff/ladder/v1"

# What one clause (or a pair) of the lower/old title is to the upper/new one.
ITEM_KINDS = (
    "shared",  # the same text on both sides (editorial differences at most)
    "scope",  # the same duty, its scope words changed: named up, down or mixed
    "reworded",  # the same duty, other words changed
    "only_old",  # printed for the old (lower) title only
    "only_new",  # printed for the new (upper) title only
    "inherited",  # printed for the old title; the new one inherits it by an inheritance clause
    "inheritance",  # the inheritance clause itself ("May perform all of the duties of ...")
)
DIRECTIONS = ("up", "down", "mixed")
ROLES = ("level", "supervision_received", "supervision_exercised", "assignment", "duty", "other")


@dataclass(frozen=True, slots=True)
class ScopeTerm:
    """One scope word or phrase found in a clause: which scale, which rung, as printed."""

    scale: str
    rank: int
    rung: str
    text: str
    implicit: bool = False  # a duty's opening verb read as "performs" (see the vocabulary)

    def to_json(self) -> JSON:
        return {"scale": self.scale, "rank": self.rank, "rung": self.rung, "text": self.text, "implicit": self.implicit}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScopeTerm:
        return cls(data["scale"], data["rank"], data["rung"], data["text"], bool(data.get("implicit", False)))


@dataclass(frozen=True, slots=True)
class ScopeShift:
    """A scale on which both clauses of a pair hold a term and the ranks differ."""

    scale: str
    old: tuple[ScopeTerm, ...]
    new: tuple[ScopeTerm, ...]
    direction: str  # "up" (more responsibility or independence on the new side) or "down"

    def to_json(self) -> JSON:
        return {
            "scale": self.scale,
            "direction": self.direction,
            "old": [t.to_json() for t in self.old],
            "new": [t.to_json() for t in self.new],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScopeShift:
        return cls(
            data["scale"],
            tuple(ScopeTerm.from_json(t) for t in data.get("old", ())),
            tuple(ScopeTerm.from_json(t) for t in data.get("new", ())),
            data["direction"],
        )


@dataclass(frozen=True, slots=True)
class Item:
    """One line of a comparison of two titles: a clause of one, the other or both."""

    kind: str
    section: str
    old: tuple[ClauseRef, ...] = ()
    new: tuple[ClauseRef, ...] = ()
    direction: str | None = None  # for "scope": up, down or mixed
    shifts: tuple[ScopeShift, ...] = ()
    terms_old: tuple[ScopeTerm, ...] = ()  # every scope term of the old side (shifted or not)
    terms_new: tuple[ScopeTerm, ...] = ()
    inline: tuple[InlineOp, ...] = ()
    similarity: float = 0.0
    match: str | None = None  # how the pair was found: a diff-engine pass, or "meaning"
    reasons: tuple[str, ...] = ()

    def to_json(self) -> JSON:
        return {
            "kind": self.kind,
            "section": self.section,
            "direction": self.direction,
            "old": [c.to_json() for c in self.old],
            "new": [c.to_json() for c in self.new],
            "shifts": [s.to_json() for s in self.shifts],
            "terms_old": [t.to_json() for t in self.terms_old],
            "terms_new": [t.to_json() for t in self.terms_new],
            "inline": [i.to_json() for i in self.inline],
            "similarity": self.similarity,
            "match": self.match,
            "reasons": list(self.reasons),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Item:
        return cls(
            kind=data["kind"],
            section=data["section"],
            old=tuple(ClauseRef.from_json(c) for c in data.get("old", ())),
            new=tuple(ClauseRef.from_json(c) for c in data.get("new", ())),
            direction=data.get("direction"),
            shifts=tuple(ScopeShift.from_json(s) for s in data.get("shifts", ())),
            terms_old=tuple(ScopeTerm.from_json(t) for t in data.get("terms_old", ())),
            terms_new=tuple(ScopeTerm.from_json(t) for t in data.get("terms_new", ())),
            inline=tuple(InlineOp(i["op"], i["text"]) for i in data.get("inline", ())),
            similarity=float(data.get("similarity", 0.0)),
            match=data.get("match"),
            reasons=tuple(data.get("reasons", ())),
        )


@dataclass(frozen=True, slots=True)
class Characteristic:
    """One facet of a level's own description (its distinguishing characteristics or summary),
    with what it speaks of: the level, supervision received or exercised, or a duty."""

    clause: ClauseRef
    roles: tuple[str, ...]
    terms: tuple[ScopeTerm, ...] = ()

    def to_json(self) -> JSON:
        return {"clause": self.clause.to_json(), "roles": list(self.roles), "terms": [t.to_json() for t in self.terms]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Characteristic:
        terms = tuple(ScopeTerm.from_json(t) for t in data.get("terms", ()))
        return cls(ClauseRef.from_json(data["clause"]), tuple(data.get("roles", ())), terms)


@dataclass(frozen=True, slots=True)
class Level:
    """One title of the comparison, with what its own text says of its scope."""

    id: str  # unique within the ladder (a title id, prefixed when two documents share ids)
    title: Title
    document: int  # index into Ladder.documents
    characteristics: tuple[Characteristic, ...] = ()
    requirements: tuple[Requirement, ...] = ()

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "title": self.title.to_json(),
            "document": self.document,
            "characteristics": [c.to_json() for c in self.characteristics],
            "requirements": [r.to_json() for r in self.requirements],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Level:
        return cls(
            data["id"],
            Title.from_json(data["title"]),
            int(data["document"]),
            tuple(Characteristic.from_json(c) for c in data.get("characteristics", ())),
            tuple(Requirement.from_json(r) for r in data.get("requirements", ())),
        )


@dataclass(frozen=True, slots=True)
class Inheritance:
    """A clause by which a title takes on another's duties ("May perform all of the duties of
    the lower level", "All of the above, and ..."): which section it covers and whose duties."""

    clause: ClauseRef
    section: str
    source: str | None  # the level id it names, "lower" for lower levels in general, None if unnamed
    extent: str  # "all", "many", "some"

    def to_json(self) -> JSON:
        return {"clause": self.clause.to_json(), "section": self.section, "source": self.source, "extent": self.extent}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Inheritance:
        return cls(ClauseRef.from_json(data["clause"]), data["section"], data.get("source"), data["extent"])


@dataclass(frozen=True, slots=True)
class Step:
    """The comparison of one title (old; the lower level in a ladder) with another (new)."""

    old: str
    new: str
    items: tuple[Item, ...] = ()
    inheritances: tuple[Inheritance, ...] = ()
    scope: tuple[ScopeShift, ...] = ()  # the levels' own descriptions compared scale by scale

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(ITEM_KINDS, 0)
        for item in self.items:
            counts[item.kind] += 1
        return counts

    def to_json(self) -> JSON:
        return {
            "old": self.old,
            "new": self.new,
            "counts": self.counts,
            "scope": [s.to_json() for s in self.scope],
            "inheritances": [i.to_json() for i in self.inheritances],
            "items": [i.to_json() for i in self.items],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Step:
        return cls(
            data["old"],
            data["new"],
            tuple(Item.from_json(i) for i in data.get("items", ())),
            tuple(Inheritance.from_json(i) for i in data.get("inheritances", ())),
            tuple(ScopeShift.from_json(s) for s in data.get("scope", ())),
        )


@dataclass(frozen=True, slots=True)
class SharedSection:
    """A section printed once for the whole series (no title): every level shares it."""

    kind: str
    heading: str
    clauses: tuple[ClauseRef, ...]

    def to_json(self) -> JSON:
        return {"kind": self.kind, "heading": self.heading, "clauses": [c.to_json() for c in self.clauses]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SharedSection:
        return cls(data["kind"], data["heading"], tuple(ClauseRef.from_json(c) for c in data.get("clauses", ())))


@dataclass(frozen=True, slots=True)
class Ladder:
    """Titles compared in order: a series' levels (``comparison`` "ladder"), or two titles
    named on the command line (``comparison`` "titles"), one step between neighbours."""

    comparison: str
    documents: tuple[DocumentRef, ...]
    levels: tuple[Level, ...]
    steps: tuple[Step, ...] = ()
    shared: tuple[SharedSection, ...] = ()
    scales: tuple[tuple[str, str, tuple[tuple[int, str], ...]], ...] = ()  # (name, label, rungs)
    warnings: tuple[str, ...] = ()

    def level(self, level_id: str) -> Level:
        return next(lv for lv in self.levels if lv.id == level_id)

    def to_json(self) -> JSON:
        return {
            "schema": LADDER_SCHEMA,
            "comparison": self.comparison,
            "documents": [d.to_json() for d in self.documents],
            "levels": [lv.to_json() for lv in self.levels],
            "steps": [s.to_json() for s in self.steps],
            "shared": [s.to_json() for s in self.shared],
            "scales": [
                {"name": n, "label": lb, "rungs": [{"rank": r, "label": rl} for r, rl in rungs]}
                for n, lb, rungs in self.scales
            ],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: Any) -> Ladder:
        """The ladder a ``specdiff/ladder/v1`` JSON value holds; SchemaError if it holds none."""
        return read_contract(LADDER_SCHEMA, "ladder", data, cls._build)

    @classmethod
    def _build(cls, data: Mapping[str, Any]) -> Ladder:
        return cls(
            comparison=data["comparison"],
            documents=tuple(DocumentRef.from_json(d) for d in data.get("documents", ())),
            levels=tuple(Level.from_json(lv) for lv in data.get("levels", ())),
            steps=tuple(Step.from_json(s) for s in data.get("steps", ())),
            shared=tuple(SharedSection.from_json(s) for s in data.get("shared", ())),
            scales=tuple(
                (s["name"], s["label"], tuple((int(r["rank"]), r["label"]) for r in s.get("rungs", ())))
                for s in data.get("scales", ())
            ),
            warnings=tuple(data.get("warnings", ())),
        )
