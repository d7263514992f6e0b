"""Requirement and metadata changes as rows a reviewer reads ("Experience: 2 years -> 6 years").

Issue 9 asks for one table at the top of the report saying what the minimum qualifications now
say, title x route, old -> new; a reviewer should not have to infer it from struck-through
sentences. Values arrive as JSON scalars, lists or substitution objects and are worded here once
for every format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..diff.requirements import LEVEL_NAMES, ROUTE_NAMES, amount
from ..model import MetadataChange, RequirementChange

NOT_STATED = "not stated"

_FIELDS = {
    "experience_years": "Experience",
    "experience": "Kind of experience",
    "supervisory_years": "Supervisory experience",
    "managerial_years": "Managerial experience",
    "education": "Education",
    "credit_hours": "Credit hours",
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
}


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
    if isinstance(value, dict):
        education = str(value.get("education", "education")).replace("_", " ")
        years = value.get("years")
        return f"{education} for {fact_value(years, '_years')}" if years is not None else education
    if isinstance(value, list | tuple):
        return "; ".join(fact_value(v, field) for v in value) if value else "none"
    return LEVEL_NAMES.get(str(value), str(value).replace("_", " ")) if field == "education" else str(value)


def field_label(field: str) -> str:
    return _FIELDS.get(field, field.replace("_", " ").capitalize())


def route_label(route: str) -> str:
    return ROUTE_NAMES.get(route, route.replace("_", " ").capitalize())


@dataclass(frozen=True, slots=True)
class FactRow:
    field: str
    old: str
    new: str
    summary: str


@dataclass(frozen=True, slots=True)
class RequirementGroup:
    """The changed facts of one title x route (x option) of the minimum qualifications."""

    title: str
    route: str
    option: str | None
    rows: tuple[FactRow, ...]

    @property
    def label(self) -> str:
        option = f", option {self.option}" if self.option else ""
        return f"{self.title} — {self.route}{option}"


def requirement_groups(changes: Sequence[RequirementChange]) -> tuple[RequirementGroup, ...]:
    """Requirement changes grouped by title x route x option, in the order the diff gives them."""
    grouped: dict[tuple[str | None, str, str | None], list[FactRow]] = {}
    for rc in changes:
        row = FactRow(field_label(rc.field), fact_value(rc.old, rc.field), fact_value(rc.new, rc.field), rc.summary)
        grouped.setdefault((rc.title, rc.route, rc.option), []).append(row)
    return tuple(
        RequirementGroup(title or "All titles", route_label(route), option, tuple(rows))
        for (title, route, option), rows in grouped.items()
    )


@dataclass(frozen=True, slots=True)
class MetadataRow:
    field: str
    title: str
    old: str
    new: str


def metadata_rows(changes: Sequence[MetadataChange]) -> tuple[MetadataRow, ...]:
    return tuple(
        MetadataRow(m.field.replace("_", " ").capitalize(), m.title or "", m.old or NOT_STATED, m.new or NOT_STATED)
        for m in changes
    )


__all__ = [
    "NOT_STATED",
    "FactRow",
    "MetadataRow",
    "RequirementGroup",
    "fact_value",
    "field_label",
    "metadata_rows",
    "requirement_groups",
    "route_label",
]
