"""What an added or removed clause is: new content, or something that only looks like it.

An added or removed clause is substantive, except when

- the other version prints its text as a section heading (a PDF read without its bold
  headings makes a heading a clause; the DOCX of the same text does not);
- it is a heading the parser read as a clause ("The Ideal Candidate", "EDUCATION:"): a heading
  added or dropped says nothing by itself, and the clauses under it are judged on their own;
- it is a second copy of a clause its document prints twice, the text is still there in the
  other version, and no role is lost with it (a qualification printed in the notes too is not
  a copy of the qualification);
- it is an empty form label ("Other:", "This Job Reports to:", a header row of column labels
  with no values): a label without a value states nothing (labels.py);
- it is a field that restates another field of its own version, one the other version prints
  too ("Employment Type: FULL_TIME" beside "Job Type: Full-time": a posting platform's newer
  layout prints both): the fact was there before and is still there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .labels import EMPTY_LABEL
from .units import Unit

HEADING_ELSEWHERE = "printed as a heading in the other version"
HEADING = "a heading"
COPY = "printed twice"
RESTATES = "restates another field"
_FIELD = re.compile(r"^\s*[A-Z][A-Za-z /&'-]{0,40}?\s*:\s+(\S.*)$")
_FIELD_WORDS = 6  # a value longer than this is a sentence, not a field's value

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


def field_value(text: str) -> str | None:
    """The value of a short "Key: value" field in comparison words ("FULL_TIME", "Full-time" ->
    "full time"), or None."""
    match = _FIELD.match(text)
    if not match:
        return None
    words = re.sub(r"[^a-z0-9]+", " ", match.group(1).lower()).split()
    return " ".join(words) if 0 < len(words) <= _FIELD_WORDS else None


Fields = dict[str, set[str]]  # a field's value -> the comparison forms of the fields holding it


def _fields(units: Sequence[Unit]) -> Fields:
    out: Fields = {}
    for unit in units:
        value = field_value(unit.clause.text)
        if value is not None:
            out.setdefault(value, set()).add(unit.form)
    return out


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
    fields: tuple[Fields, Fields] = field(default=({}, {}))
    forms: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())

    @classmethod
    def of(cls, olds: Sequence[Unit], news: Sequence[Unit], headings: tuple[set[str], set[str]]) -> Sides:
        forms = (frozenset(u.form for u in olds), frozenset(u.form for u in news))
        return cls(headings, (_copies(olds), _copies(news)), (_fields(olds), _fields(news)), forms)

    def _restates(self, unit: Unit, mine: int, other: int) -> bool:
        value = field_value(unit.clause.text)
        if value is None:
            return False
        return any(f != unit.form and f in self.forms[other] for f in self.fields[mine].get(value, ()))

    def lone_reason(self, unit: Unit, *, added: bool) -> str | None:
        """Why an added (or removed) clause is not substantive, or None when it is."""
        mine, other = (1, 0) if added else (0, 1)
        if unit.form in self.headings[other]:
            return HEADING_ELSEWHERE
        if unit.heading:
            return HEADING
        if unit.empty_label:
            return EMPTY_LABEL
        kinds = self.copies[mine].get((unit.title, unit.form), [])
        kept = len(kinds) >= 2 and (unit.title, unit.form) in self.copies[other]
        if kept and (unit.section.kind not in ROLE_KINDS or kinds.count(unit.section.kind) >= 2):
            return COPY
        if self._restates(unit, mine, other):
            return RESTATES
        return None
