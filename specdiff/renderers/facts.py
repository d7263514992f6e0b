"""Requirement and metadata changes as rows a reviewer reads ("Experience: 2 years -> 6 years").

One table at the top of the report says what the qualifications now say, title x route, old ->
new; a reviewer should not have to infer it from struck-through sentences. Values arrive as JSON
scalars, lists, substitution objects or quoted sentences and are worded here once for every
format. Each row carries the sentences it was read from (old and new, with clause and place), so
a reviewer checks it in two seconds. An item of a list (a degree field, a prior title, a
condition, a preferred item) is worded as a list item ("added: Public Health"), never as "not
stated -> Public Health"; a fact the other side states in words not read says "not read".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Evidence, MetadataChange, RequirementChange
from ..model.vocabulary import amount, condition_name, level_name, route_name

NOT_STATED = "not stated"

_FIELDS = {
    "experience_years": "Experience",
    "experience": "Kind of experience",
    "supervisory_years": "Supervisory experience",
    "managerial_years": "Managerial experience",
    "education": "Education",
    "credit_hours": "Credit hours",
    "credits": "Credits",
    "institution": "Degree-granting institution",
    "fields": "Degree fields",
    "field": "Degree field",
    "license": "License",
    "service_years": "Service",
    "permanent": "Permanent service",
    "prior_titles": "Prior titles",
    "prior_title": "Prior title",
    "traineeship_years": "Traineeship",
    "equivalent_combination": "Equivalent combination",
    "substitutions": "Substitutions",
    "substitution": "Substitution",
    "condition": "Condition of employment",
    "preferred": "Desirable criterion",
    "sentence": "Sentence not read",
    "route": "Route",
}
# facts that are items of a list: added to it or dropped from it, never "not stated -> X"
_LIST_FIELDS = ("field", "prior_title", "condition", "preferred", "route")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def fact_value(value: Any, field: str = "") -> str:
    """One fact's value in words: None is "not stated" (never "no"), years get their unit."""
    if value is None:
        return NOT_STATED
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return amount(float(value)) if field.endswith("_years") else _number(value)
    if isinstance(value, dict) and "text" in value:
        return str(value["text"])
    if isinstance(value, dict):
        education = str(value.get("degree") or value.get("education", "education")).replace("_", " ")
        if value.get("whole"):
            return f"{education} for all the required experience ({fact_value(value.get('years'), '_years')})"
        years = value.get("years")
        return f"{education} for {fact_value(years, '_years')}" if years is not None else education
    if isinstance(value, list | tuple):
        return "; ".join(fact_value(v, field) for v in value) if value else "none"
    return level_name(str(value)) if field == "education" else str(value)


def field_label(field: str) -> str:
    return _FIELDS.get(field, field.replace("_", " ").capitalize())


@dataclass(frozen=True, slots=True)
class Quote:
    """A sentence a row was read from: which side, its clause, and where it is printed."""

    side: str  # "old" or "new"
    clause: str
    text: str
    where: str


@dataclass(frozen=True, slots=True)
class FactRow:
    field: str
    old: str
    new: str
    summary: str
    status: str = "changed"  # "changed", "moved" or "not_read"
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class RequirementGroup:
    """The changed facts of one title x route (x option) of the qualifications."""

    title: str
    route: str
    option: str | None
    rows: tuple[FactRow, ...]

    @property
    def label(self) -> str:
        option = f", option {self.option}" if self.option else ""
        return f"{self.title} — {self.route}{option}"


def where_printed(evidence: Evidence) -> str:
    """ "page 2, lines 14–16" (or "line 14" for unpaged sources)."""
    if evidence.line is None:
        return ""
    end = evidence.end_line or evidence.line
    lines = f"line {evidence.line}" if end == evidence.line else f"lines {evidence.line}–{end}"
    return f"page {evidence.page}, {lines}" if evidence.page is not None else lines


def _label(rc: RequirementChange) -> str:
    if rc.field == "condition":
        value = rc.new if isinstance(rc.new, dict) else rc.old
        kind = value.get("kind", "other") if isinstance(value, dict) else "other"
        return f"Condition ({condition_name(kind)})"
    return field_label(rc.field)


def _cells(rc: RequirementChange) -> tuple[str, str]:
    """Was and Now as words: list items added or dropped, moves, and gaps said as such."""
    old, new = fact_value(rc.old, rc.field), fact_value(rc.new, rc.field)
    if rc.field == "sentence":  # a sentence no rule reads, added, dropped or reworded: its words
        return ("—", new) if rc.old is None else (old, "dropped") if rc.new is None else (old, new)
    if rc.status == "not_read":
        quoted = (rc.new_evidence if rc.new is None else rc.old_evidence)[:1]
        text = f"not read: “{quoted[0].text}”" if quoted else "not read"
        return (old, text) if rc.new is None else (text, new)
    if rc.status == "moved" and rc.moved_from is not None:
        title, route, option = rc.moved_from
        place = ", ".join([route_name(route), title or "all titles", *([f"option {option}"] if option else [])])
        return f"{old} (under {place})", new
    if rc.field in _LIST_FIELDS and (rc.old is None or rc.new is None):
        return ("—", f"added: {new}") if rc.old is None else (old, "dropped")
    return old, new


def fact_row(rc: RequirementChange) -> FactRow:
    old, new = _cells(rc)
    quotes = tuple(
        Quote(side, e.clause, e.text, where_printed(e))
        for side, evidence in (("old", rc.old_evidence), ("new", rc.new_evidence))
        for e in evidence
    )
    return FactRow(_label(rc), old, new, rc.summary, rc.status, quotes)


def requirement_groups(
    changes: Sequence[RequirementChange], gaps: Sequence[RequirementChange] = ()
) -> tuple[RequirementGroup, ...]:
    """Requirement changes grouped by title x route x option, in the order the diff gives them;
    the facts not read on one side join their group as "not read" rows."""
    grouped: dict[tuple[str | None, str, str | None], list[FactRow]] = {}
    for rc in (*changes, *gaps):
        grouped.setdefault((rc.title, rc.route, rc.option), []).append(fact_row(rc))
    return tuple(
        RequirementGroup(title or "All titles", route_name(route), option, tuple(rows))
        for (title, route, option), rows in grouped.items()
    )


@dataclass(frozen=True, slots=True)
class MetadataRow:
    field: str
    title: str
    old: str
    new: str
    note: str = ""  # "editorial: <reason>" for a difference the editorial rules explain

    @property
    def label(self) -> str:
        """The field as every format prints it, with the editorial note beside it."""
        return f"{self.field} ({self.note})" if self.note else self.field


def metadata_rows(changes: Sequence[MetadataChange]) -> tuple[MetadataRow, ...]:
    return tuple(
        MetadataRow(
            m.field.replace("_", " ").capitalize(),
            m.title or "",
            m.old or NOT_STATED,
            m.new or NOT_STATED,
            f"editorial: {m.reason or 'explained by the editorial rules'}" if m.editorial else "",
        )
        for m in changes
    )


__all__ = [
    "NOT_STATED",
    "FactRow",
    "MetadataRow",
    "Quote",
    "RequirementGroup",
    "fact_row",
    "fact_value",
    "field_label",
    "metadata_rows",
    "requirement_groups",
    "where_printed",
]
