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
  with no values): a label without a value states nothing (labels.py); or a placeholder on its
  own ("N/A" left on an answer line, "None", "TBD", a dash);
- it is a field that restates another field of its own version, one the other version prints
  too ("Employment Type: FULL_TIME" beside "Job Type: Full-time": a posting platform's newer
  layout prints both): the fact was there before and is still there. The restated field counts
  as printed by the other version when that version has a field of the same label, whatever its
  value ("Date Posted: 2023-09-29" beside "Opening Date: 09/29/2023", where the older posting
  printed "Opening Date: 10/04/2018"): that the date moved is the change of the field that
  carries it, reported there. Values that are only a date are compared as the date they name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model.identity import parse_date
from .labels import EMPTY_LABEL, PLACEHOLDER, is_placeholder
from .units import Unit

HEADING_ELSEWHERE = "printed as a heading in the other version"
HEADING = "a heading"
COPY = "printed twice"
RESTATES = "restates another field"
_FIELD = re.compile(r"^\s*([A-Z][A-Za-z /&'-]{0,40}?)\s*:\s+(\S.*)$")
_FIELD_WORDS = 6  # a value longer than this is a sentence, not a field's value
# A value that is a date and nothing else: "2023-09-29", "09/29/2023", "September 29, 2023".
_DATE_ONLY = re.compile(
    r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})$"
)

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


def field_parts(text: str) -> tuple[str, str] | None:
    """The label and value of a short "Key: value" field in comparison words ("Job Type:
    FULL_TIME" -> ("job type", "full time"); a value that is only a date, as that date:
    "09/29/2023" -> "2023-09-29"), or None when the text is no such field."""
    match = _FIELD.match(text)
    if not match:
        return None
    label = " ".join(re.sub(r"[^a-z0-9]+", " ", match.group(1).lower()).split())
    value = match.group(2).strip()
    if _DATE_ONLY.match(value):
        day = parse_date(value)
        if day is not None and len(day) == 10:
            return label, day
    words = re.sub(r"[^a-z0-9]+", " ", value.lower()).split()
    return (label, " ".join(words)) if 0 < len(words) <= _FIELD_WORDS else None


Fields = dict[str, set[tuple[str, str]]]  # a field's value -> (comparison form, label) of each field holding it


def _fields(units: Sequence[Unit]) -> Fields:
    out: Fields = {}
    for unit in units:
        parts = field_parts(unit.clause.text)
        if parts is not None:
            out.setdefault(parts[1], set()).add((unit.form, parts[0]))
    return out


def _labels(fields: Fields) -> frozenset[str]:
    return frozenset(label for held in fields.values() for _, label in held)


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
    labels: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())

    @classmethod
    def of(cls, olds: Sequence[Unit], news: Sequence[Unit], headings: tuple[set[str], set[str]]) -> Sides:
        forms = (frozenset(u.form for u in olds), frozenset(u.form for u in news))
        fields = (_fields(olds), _fields(news))
        return cls(headings, (_copies(olds), _copies(news)), fields, forms, (_labels(fields[0]), _labels(fields[1])))

    def _restates(self, unit: Unit, mine: int, other: int) -> bool:
        """Another field of this version holds the same value under another label, and the other
        version prints that field too: the same text, or a field of the same label."""
        parts = field_parts(unit.clause.text)
        if parts is None:
            return False
        label, value = parts
        return any(
            f != unit.form and (f in self.forms[other] or (held != label and held in self.labels[other]))
            for f, held in self.fields[mine].get(value, ())
        )

    def lone_reason(self, unit: Unit, *, added: bool) -> str | None:
        """Why an added (or removed) clause is not substantive, or None when it is."""
        mine, other = (1, 0) if added else (0, 1)
        if unit.form in self.headings[other]:
            return HEADING_ELSEWHERE
        if unit.heading:
            return HEADING
        if unit.empty_label:
            return EMPTY_LABEL
        if is_placeholder(unit.clause.text):
            return PLACEHOLDER
        kinds = self.copies[mine].get((unit.title, unit.form), [])
        kept = len(kinds) >= 2 and (unit.title, unit.form) in self.copies[other]
        if kept and (unit.section.kind not in ROLE_KINDS or kinds.count(unit.section.kind) >= 2):
            return COPY
        if self._restates(unit, mine, other):
            return RESTATES
        return None
