"""A level's own description cut into facets, each told apart by what it speaks of.

Distinguishing characteristics are written as one run-on sentence per level: "advanced
performance and/or first supervisory level; reports to ...; serves as part of a team ...;
manages all aspects of ...". Each semicolon-separated part (and each sentence) is a separate
claim about the level, and two levels share some of them word for word ("may be assigned to the
individual or the Small Business Marketplace"). Compared whole, the paragraphs of two levels
are simply "modified"; compared facet by facet, what is new at a level stands out and what the
levels share is seen as shared.

A facet's roles come from the scope vocabulary (a level descriptor, supervision received or
exercised), from "reports to" (supervision received, named by the supervisor's title) and from
"assigned to" (where the work is done); a facet with a role in the work ("manages", "reviews")
is a duty; one with none of these ("one position class") is "other".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Clause, Section
from .model import ScopeTerm

FACETED_KINDS = ("distinguishing_characteristics", "description")
MIN_WORDS = 2  # a shorter piece ("and", "(1)") joins its neighbour

_REPORTS_TO = re.compile(r"\breports?\s+(?:directly\s+)?to\b", re.IGNORECASE)
_ASSIGNED = re.compile(
    r"\b(?:(?:may|are|is|will)\s+be\s+assigned\b|assigned\s+to\b|incumbents?\s+(?:may\s+)?work\s+in\b)", re.IGNORECASE
)
_ENUMERATOR = re.compile(r"^\w{1,3}\)")
_LEAD_JOIN = re.compile(r"^(?:and|or|also)\s+", re.IGNORECASE)
# "Under general supervision, this position performs ...": the supervision is a claim of its own
_UNDER = re.compile(r"^under\b[^,;.]{0,80}?\b(?:supervision|direction)\b[^,;.]{0,80}?(?=,\s*\S)", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z0-9]+")


def _top_level_semicolons(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the parts of ``text`` between semicolons outside brackets."""
    depth, start = 0, 0
    for at, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif char == ";" and depth == 0:
            yield start, at
            start = at + 1
    yield start, len(text)


def facet_spans(clause: Clause) -> list[tuple[int, int]]:
    """Character spans of ``clause.text`` that are one claim each: sentences (as the parser
    found them) cut at top-level semicolons, trimmed, a leading "and" dropped; an opening
    "under ... supervision|direction," is a piece of its own; pieces of fewer than ``MIN_WORDS``
    words join the piece before them."""
    text = clause.text
    sentences = list(clause.sentences) or [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        for a, b in _top_level_semicolons(text[s_start:s_end]):
            start, end = s_start + a, s_start + b
            while start < end and text[start] in " \t\n,":
                start += 1
            while end > start and text[end - 1] in " \t\n;(":
                end -= 1  # "... Plan. (" + "3) Develops": the parser cut inside "(3)"
            if start > 0 and text[start - 1] == "(" and _ENUMERATOR.match(text[start:end]):
                start -= 1
            lead = _LEAD_JOIN.match(text[start:end])
            if lead:
                start += lead.end()
            if start >= end:
                continue
            under = _UNDER.match(text[start:end])
            if under and len(_WORDS.findall(text[start + under.end() : end])) >= MIN_WORDS:
                pieces.append((start, start + under.end()))
                start += under.end()
                while start < end and text[start] in " \t\n,":
                    start += 1
                lead = _LEAD_JOIN.match(text[start:end])
                if lead:
                    start += lead.end()
            if len(_WORDS.findall(text[start:end])) < MIN_WORDS and pieces:
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
    return pieces or [(0, len(text))]


def facet_section(section: Section) -> Section:
    """The section with each clause (children too) replaced by its facets, in order. A facet
    keeps its clause's span; its id is the clause's with ``~n`` (n from 1) when there are several."""
    clauses: list[Clause] = []
    for clause in section.walk():
        spans = facet_spans(clause)
        for n, (start, end) in enumerate(spans, 1):
            facet_id = clause.id if len(spans) == 1 else f"{clause.id}~{n}"
            clauses.append(Clause(facet_id, clause.text[start:end], clause.span, clause.label if n == 1 else None))
    return replace(section, clauses=tuple(clauses))


def roles(text: str, terms: tuple[ScopeTerm, ...]) -> tuple[str, ...]:
    """What a facet speaks of, in a fixed order: level, supervision received, supervision
    exercised, assignment, duty."""
    scales = {t.scale for t in terms if t.scale != "supervision_exercised" or t.rank > 0}
    out = []
    if "level" in scales:
        out.append("level")
    if "supervision_received" in scales or _REPORTS_TO.search(text):
        out.append("supervision_received")
    if "supervision_exercised" in scales:
        out.append("supervision_exercised")
    if _ASSIGNED.search(text):
        out.append("assignment")
    opens_with_report = _REPORTS_TO.match(text.strip()) is not None
    if any(t.scale == "action" and not (t.implicit and opens_with_report) for t in terms):
        out.append("duty")
    if not out:
        out.append("other")
    return tuple(out)


__all__ = ["FACETED_KINDS", "facet_section", "facet_spans", "roles"]
