"""Who can now qualify, as small tables: one per title x route whose requirements changed.

"Experience 2 → 6 years; education bachelor's → not stated" reads as a tripling; for a
bachelor's holder nothing changed. This view says it per candidate: "No degree: not eligible →
6 years (newly eligible); Bachelor's degree: 2 → 2 years (unchanged); Master's degree: 2 → 1
year (1 year less)". Shown first in the report, and only where a requirement changed, so it
answers the analyst's question without repeating every unchanged title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Eligibility, RequirementChange, Standing
from ..model.vocabulary import amount, profile_name, route_name

NOTE = "Each candidate holds the degrees before it, in the fields the text lists; substitutions applied."


@dataclass(frozen=True, slots=True)
class EligibilityRow:
    profile: str
    old: str
    new: str
    verdict: str  # "newly eligible", "no longer eligible", "1 year less", "2 years more", "unchanged"


@dataclass(frozen=True, slots=True)
class EligibilityTable:
    title: str
    route: str
    rows: tuple[EligibilityRow, ...]

    @property
    def label(self) -> str:
        return f"{self.title} — {self.route}"


def standing_words(standing: Standing) -> str:
    if not standing.stated:
        return "not stated"
    if not standing.eligible:
        return "not eligible"
    if standing.experience_years is None:
        return "eligible (years not stated)"
    if standing.experience_years == 0:
        return "no experience needed"
    return amount(float(standing.experience_years))


def verdict(old: Standing, new: Standing) -> str:
    if old == new:
        return "unchanged"
    if not old.stated or not new.stated:
        return "requirement now stated" if not old.stated else "requirement no longer stated"
    if not old.eligible:
        return "newly eligible"
    if not new.eligible:
        return "no longer eligible"
    if old.experience_years is None or new.experience_years is None:
        return "years now stated" if old.experience_years is None else "years no longer stated"
    gap = float(new.experience_years) - float(old.experience_years)
    return f"{amount(abs(gap))} {'more' if gap > 0 else 'less'}"


def eligibility_tables(
    rows: Sequence[Eligibility], changes: Sequence[RequirementChange] = ()
) -> tuple[EligibilityTable, ...]:
    """Tables for the title x route pairs where a profile's standing changed or a fact that
    decides it (years, degree, substitution, a whole route) changed; in the diff's (printed) order."""
    facts = ("experience_years", "education", "substitution", "route")
    deciding = {(c.title, c.route) for c in changes if c.field in facts}
    grouped: dict[tuple[str | None, str], list[Eligibility]] = {}
    for row in rows:
        grouped.setdefault((row.title, row.route), []).append(row)
    tables = []
    for (title, route), group in grouped.items():
        if not any(r.changed for r in group) and (title, route) not in deciding:
            continue
        tables.append(
            EligibilityTable(
                title or "All titles",
                route_name(route),
                tuple(
                    EligibilityRow(
                        profile_name(r.profile),
                        standing_words(r.old),
                        standing_words(r.new),
                        verdict(r.old, r.new),
                    )
                    for r in group
                ),
            )
        )
    return tuple(tables)


__all__ = ["NOTE", "EligibilityRow", "EligibilityTable", "eligibility_tables", "standing_words"]
