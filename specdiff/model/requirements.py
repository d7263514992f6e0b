"""Qualifications read as facts, and their changes: the requirement records of both contracts.

Kept apart from the document and diff records because requirements carry their own small
vocabulary: facts, the sentences they were read from, conditions of employment, preferred items,
the sentences no rule could read, and the "who can now qualify" rows of a diff. Like the rest of
the model: frozen, slotted, JSON in and out; the contracts change only by adding fields.

Why every fact carries its sentence: a reviewer trusts "experience 2 → 6 years" only after
reading the two sentences it came from, and must be able to do that in two seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .contract import JSON

PROFILES = ("no_degree", "associate", "bachelor", "master", "doctorate")
"""Highest education of a candidate, for "who can now qualify" (each includes those before it)."""

CONDITION_KINDS = (
    "citizenship",
    "residency",
    "license",
    "certificate",
    "background_check",
    "drug_test",
    "physical",
    "language",
    "schedule",
    "travel",
    "age",
    "other",
)


@dataclass(frozen=True, slots=True)
class Substitution:
    """Education that may stand in for experience: ``years`` is the total it replaces.

    ``degree`` is the degree as printed when it names one particular degree rather than a level
    ("a J.D. degree", read as a doctorate): such a substitution is for holders of that degree only.
    ``whole``: the text says it substitutes for all the required experience ("may substitute for
    the required experience"); ``years`` is then that route's years.
    """

    education: str
    years: float
    degree: str | None = None
    whole: bool = False

    def to_json(self) -> JSON:
        return {"education": self.education, "years": self.years, "degree": self.degree, "whole": self.whole}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Substitution:
        return cls(data["education"], data["years"], data.get("degree"), bool(data.get("whole", False)))


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of a qualifications section and what it is (``kind``), with its clause.

    The same shape serves four lists of a Requirement: ``evidence`` (kind = the fact read from
    it, e.g. ``experience_years``), ``conditions`` (kind = one of CONDITION_KINDS),
    ``preferred`` (kind ``preferred``) and ``unread`` (kind = what could not be read).
    """

    kind: str
    text: str
    clause: str | None = None

    def to_json(self) -> JSON:
        return {"kind": self.kind, "text": self.text, "clause": self.clause}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Passage:
        return cls(data["kind"], data["text"], data.get("clause"))


def _passages(data: Mapping[str, Any], name: str) -> tuple[Passage, ...]:
    return tuple(Passage.from_json(p) for p in data.get(name, ()))


@dataclass(frozen=True, slots=True)
class Requirement:
    """One minimum-qualification route for one title, read as facts (unstated is None).

    ``conditions`` are what an appointee must hold, pass or accept (a driver's licence, a
    background check); ``preferred`` the items a posting prefers but does not require;
    ``unread`` the sentences of this requirement's text that no rule could read, so that a
    fact missing on one side of a diff is never taken for a fact that was dropped.
    """

    route: str
    title: str | None = None
    option: str | None = None
    experience_years: float | None = None
    experience: str | None = None
    supervisory_years: float | None = None
    managerial_years: float | None = None
    education: str | None = None
    credit_hours: float | None = None
    fields: tuple[str, ...] = ()
    license: str | None = None
    service_years: float | None = None
    permanent: bool | None = None
    prior_titles: tuple[str, ...] = ()
    traineeship_years: float | None = None
    equivalent_combination: bool | None = None
    substitutions: tuple[Substitution, ...] = ()
    clauses: tuple[str, ...] = ()
    conditions: tuple[Passage, ...] = ()
    preferred: tuple[Passage, ...] = ()
    unread: tuple[Passage, ...] = ()
    evidence: tuple[Passage, ...] = ()
    credits: str | None = None  # the credit requirement as printed ("24 semester or 36 quarter units")
    institution: str | None = None  # where the degree is from ("an accredited four-year college or university")

    def to_json(self) -> JSON:
        return {
            "title": self.title,
            "route": self.route,
            "option": self.option,
            "experience_years": self.experience_years,
            "experience": self.experience,
            "supervisory_years": self.supervisory_years,
            "managerial_years": self.managerial_years,
            "education": self.education,
            "credit_hours": self.credit_hours,
            "fields": list(self.fields),
            "license": self.license,
            "service_years": self.service_years,
            "permanent": self.permanent,
            "prior_titles": list(self.prior_titles),
            "traineeship_years": self.traineeship_years,
            "equivalent_combination": self.equivalent_combination,
            "substitutions": [s.to_json() for s in self.substitutions],
            "clauses": list(self.clauses),
            "conditions": [p.to_json() for p in self.conditions],
            "preferred": [p.to_json() for p in self.preferred],
            "unread": [p.to_json() for p in self.unread],
            "evidence": [p.to_json() for p in self.evidence],
            "credits": self.credits,
            "institution": self.institution,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Requirement:
        return cls(
            route=data["route"],
            title=data.get("title"),
            option=data.get("option"),
            experience_years=data.get("experience_years"),
            experience=data.get("experience"),
            supervisory_years=data.get("supervisory_years"),
            managerial_years=data.get("managerial_years"),
            education=data.get("education"),
            credit_hours=data.get("credit_hours"),
            fields=tuple(data.get("fields", ())),
            license=data.get("license"),
            service_years=data.get("service_years"),
            permanent=data.get("permanent"),
            prior_titles=tuple(data.get("prior_titles", ())),
            traineeship_years=data.get("traineeship_years"),
            equivalent_combination=data.get("equivalent_combination"),
            substitutions=tuple(Substitution.from_json(s) for s in data.get("substitutions", ())),
            clauses=tuple(data.get("clauses", ())),
            conditions=_passages(data, "conditions"),
            preferred=_passages(data, "preferred"),
            unread=_passages(data, "unread"),
            evidence=_passages(data, "evidence"),
            credits=data.get("credits"),
            institution=data.get("institution"),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence a requirement change was read from, and where it is printed (one side)."""

    clause: str
    text: str
    page: int | None = None
    line: int | None = None
    end_line: int | None = None
    heading: str | None = None

    def to_json(self) -> JSON:
        span = None if self.line is None else {"page": self.page, "line": self.line, "end_line": self.end_line}
        return {"clause": self.clause, "text": self.text, "span": span, "heading": self.heading}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        span = data.get("span") or {}
        return cls(
            data["clause"], data["text"], span.get("page"), span.get("line"), span.get("end_line"), data.get("heading")
        )


@dataclass(frozen=True, slots=True)
class RequirementChange:
    """One changed qualification fact, with a sentence a reviewer reads and the quoted sources.

    ``status`` says what happened to the fact: ``changed`` (a value became another, or was
    added or dropped), ``moved`` (the same fact now sits under another title, route or
    alternative: ``moved_from`` names where it was) or ``not_read`` (one side states it in a
    sentence the rules could not read; such rows are listed apart, as ``requirement_gaps``).

    ``qualifier`` says whom the values apply to when that is not everyone: years of experience
    that a degree may partly stand in for are the years of a candidate without that degree
    ("without a degree (a bachelor's degree substitutes for 4)"), so "2 → 6 years" alone would
    read as a bar raised for all; an education requirement that changed where a degree stands in
    for the experience says so ("(a bachelor's degree substitutes for all the experience)"), so
    "high school → none" does not read as education no longer counting. Written into
    ``summary`` as well; None when the values speak for everyone. In JSON only when set.
    """

    route: str
    field: str
    old: Any
    new: Any
    summary: str
    title: str | None = None
    option: str | None = None
    status: str = "changed"
    old_evidence: tuple[Evidence, ...] = ()
    new_evidence: tuple[Evidence, ...] = ()
    moved_from: tuple[str | None, str, str | None] | None = None  # (title, route, option)
    qualifier: str | None = None

    def to_json(self) -> JSON:
        moved = None
        if self.moved_from is not None:
            moved = {"title": self.moved_from[0], "route": self.moved_from[1], "option": self.moved_from[2]}
        qualified: JSON = {} if self.qualifier is None else {"qualifier": self.qualifier}
        return {
            "title": self.title,
            "route": self.route,
            "option": self.option,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "summary": self.summary,
            **qualified,
            "status": self.status,
            "evidence": {
                "old": [e.to_json() for e in self.old_evidence],
                "new": [e.to_json() for e in self.new_evidence],
            },
            "moved_from": moved,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RequirementChange:
        evidence = data.get("evidence") or {}
        moved = data.get("moved_from")
        return cls(
            route=data["route"],
            field=data["field"],
            old=data.get("old"),
            new=data.get("new"),
            summary=data.get("summary", ""),
            title=data.get("title"),
            option=data.get("option"),
            status=data.get("status", "changed"),
            old_evidence=tuple(Evidence.from_json(e) for e in evidence.get("old", ())),
            new_evidence=tuple(Evidence.from_json(e) for e in evidence.get("new", ())),
            moved_from=None if moved is None else (moved.get("title"), moved["route"], moved.get("option")),
            qualifier=data.get("qualifier"),
        )


@dataclass(frozen=True, slots=True)
class Standing:
    """Whether a candidate profile qualifies on one side, and with how much experience at least.

    ``experience_years`` is None when the profile is not eligible, or when the text admits an
    equivalent combination or a route whose years could not be read. ``stated`` is False when
    this side holds no requirement education or years decide (a placeholder such as "This will
    be updated soon", or a title or route the version does not print): nobody can be judged
    there, which is "not stated", never "not eligible".
    """

    eligible: bool
    experience_years: float | None = None
    stated: bool = True

    def to_json(self) -> JSON:
        return {"eligible": self.eligible, "experience_years": self.experience_years, "stated": self.stated}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Standing:
        return cls(bool(data["eligible"]), data.get("experience_years"), bool(data.get("stated", True)))


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Who can now qualify: one title x route x candidate profile, old and new.

    ``sources`` are the clauses read on each side, as ``(side, clause id)`` pairs.
    """

    title: str | None
    route: str
    profile: str
    old: Standing
    new: Standing
    sources: tuple[tuple[str, str], ...] = ()

    @property
    def changed(self) -> bool:
        return self.old != self.new

    def to_json(self) -> JSON:
        return {
            "title": self.title,
            "route": self.route,
            "profile": self.profile,
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "sources": [{"side": side, "clause": clause} for side, clause in self.sources],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Eligibility:
        return cls(
            title=data.get("title"),
            route=data["route"],
            profile=data["profile"],
            old=Standing.from_json(data["old"]),
            new=Standing.from_json(data["new"]),
            sources=tuple((s["side"], s["clause"]) for s in data.get("sources", ())),
        )


__all__ = [
    "CONDITION_KINDS",
    "PROFILES",
    "Eligibility",
    "Evidence",
    "Passage",
    "Requirement",
    "RequirementChange",
    "Standing",
    "Substitution",
]
