"""The domain's words: how routes, education levels, conditions and candidate profiles are
named, and how an amount is put into words, for every stage that writes for a reviewer.

The diff writes a requirement change's summary ("Open competitive, Clerk 1: experience 2 → 6
years"); the renderers write the same facts into tables and key changes; the document's
requirement table writes them once more. One wording, here, so a reviewer never reads "6
months" in one place and "0.5 years" in another.
"""

from __future__ import annotations

ROUTE_NAMES = {
    "open_competitive": "Open competitive",
    "promotion": "Promotion",
    "transfer": "Transfer",
    "other": "Route not stated",
}
ROUTES = tuple(ROUTE_NAMES)
"""How a candidate enters a title: open competition, promotion, transfer, or a route not stated."""
LEVEL_NAMES = {
    "high_school": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor's degree",
    "master": "master's degree",
    "doctorate": "doctorate",
}
LEVELS = tuple(LEVEL_NAMES)
"""Education levels, lowest first: a requirement's ``education`` is one of these."""
PROFILE_NAMES = {
    "no_degree": "No degree",
    "associate": "Associate degree",
    "bachelor": "Bachelor's degree",
    "master": "Master's degree",
    "doctorate": "Doctorate",
}
CONDITION_NAMES = {
    "citizenship": "citizenship",
    "residency": "residency",
    "license": "licence",
    "certificate": "certificate",
    "background_check": "background check",
    "drug_test": "drug test",
    "physical": "physical requirement",
    "language": "language",
    "schedule": "working hours",
    "travel": "travel",
    "age": "age",
    "other": "condition",
}
QUANTITIES = {
    "experience_years": "experience",
    "supervisory_years": "supervisory experience",
    "managerial_years": "managerial experience",
    "service_years": "service in the prior title",
    "traineeship_years": "traineeship",
    "credit_hours": "college credit",
}
"""The facts of a requirement that are amounts, and what a reviewer calls each."""


def route_name(route: str) -> str:
    """ "Open competitive"; a route no list names, in words ("some_route" → "Some route")."""
    return ROUTE_NAMES.get(route, route.replace("_", " ").capitalize())


def level_name(level: str) -> str:
    """ "bachelor's degree"; a level no list names, in words."""
    return LEVEL_NAMES.get(level, level.replace("_", " "))


def condition_name(kind: str) -> str:
    return CONDITION_NAMES.get(kind, kind)


def profile_name(profile: str) -> str:
    return PROFILE_NAMES.get(profile, profile)


def amount(value: float | None, unit: str | None = None) -> str:
    """ "6 months", "1 year", "2.5 years", "60 credits"; "none" for an unstated fact."""
    if value is None:
        return "none"
    if unit:
        return f"{value:g} {unit}"
    if value < 1 and float(value * 12).is_integer():
        return f"{value * 12:g} months"
    return f"{value:g} year" + ("" if value == 1 else "s")


def amounts(old: float | None, new: float | None, unit: str | None = None) -> str:
    """ "2 → 6 years", "2 years → none", "6 months → 1 year": the unit once when both share it."""
    if old is not None and new is not None:
        a, b = amount(old, unit), amount(new, unit)
        if a.split()[-1].rstrip("s") == b.split()[-1].rstrip("s"):
            return f"{a.split()[0]} → {b}"
        return f"{a} → {b}"
    return f"{amount(old, unit)} → {amount(new, unit)}"


__all__ = [
    "CONDITION_NAMES",
    "LEVELS",
    "LEVEL_NAMES",
    "PROFILE_NAMES",
    "QUANTITIES",
    "ROUTES",
    "ROUTE_NAMES",
    "amount",
    "amounts",
    "condition_name",
    "level_name",
    "profile_name",
    "route_name",
]
