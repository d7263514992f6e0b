"""What an added or removed clause is: new content, or something that only looks like it.

An added or removed clause is substantive, except when

- the other version prints its text as a section heading (a PDF read without its bold
  headings makes a heading a clause; the DOCX of the same text does not);
- it is a heading the parser read as a clause ("The Ideal Candidate", "EDUCATION:"): a heading
  added or dropped says nothing by itself, and the clauses under it are judged on their own;
- it is a second copy of a clause its document prints twice, the text is still there in the
  other version, and no role is lost with it (a qualification printed in the notes too is not
  a copy of the qualification).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .units import Unit

HEADING_ELSEWHERE = "printed as a heading in the other version"
HEADING = "a heading"
COPY = "printed twice"

# Sections whose kind gives a clause its role: a duty, a requirement, a knowledge or a condition
# of the job. Moving a clause between two such kinds (a duty that became a qualification), or into
# or out of one, changes what it asks of a candidate; moving it between notes, pay, application
# or unclassified blocks does not. A kind not listed here is informational.
ROLE_KINDS = frozenset(
    {
        "duties",
        "minimum_qualifications",
        "knowledge_skills_abilities",
        "distinguishing_characteristics",
        "preferred_qualifications",
        "selective_certification",
        "conditions_of_employment",
        "working_conditions",
    }
)


def role_changed(a: Unit, b: Unit) -> bool:
    """Does moving from ``a``'s section to ``b``'s change what the clause is (see ROLE_KINDS)?"""
    kinds = (a.section.kind, b.section.kind)
    return kinds[0] != kinds[1] and (kinds[0] in ROLE_KINDS or kinds[1] in ROLE_KINDS)


Copies = dict[tuple[str | None, str], list[str]]  # (title, comparison form) -> kinds of its copies


def _copies(units: Sequence[Unit]) -> Copies:
    out: Copies = {}
    for unit in units:
        out.setdefault((unit.title, unit.form), []).append(unit.section.kind)
    return out


@dataclass(frozen=True)
class Sides:
    """What each version holds, to judge a clause that only one of them has."""

    headings: tuple[set[str], set[str]]  # comparison forms of each version's section headings
    copies: tuple[Copies, Copies]

    @classmethod
    def of(cls, olds: Sequence[Unit], news: Sequence[Unit], headings: tuple[set[str], set[str]]) -> Sides:
        return cls(headings, (_copies(olds), _copies(news)))

    def lone_reason(self, unit: Unit, *, added: bool) -> str | None:
        """Why an added (or removed) clause is not substantive, or None when it is."""
        mine, other = (1, 0) if added else (0, 1)
        if unit.form in self.headings[other]:
            return HEADING_ELSEWHERE
        if unit.heading:
            return HEADING
        kinds = self.copies[mine].get((unit.title, unit.form), [])
        kept = len(kinds) >= 2 and (unit.title, unit.form) in self.copies[other]
        if kept and (unit.section.kind not in ROLE_KINDS or kinds.count(unit.section.kind) >= 2):
            return COPY
        return None
