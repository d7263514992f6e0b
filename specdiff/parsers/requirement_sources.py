"""Which clause a fact was read from, when the sentence it was read in runs over several clauses.

List items printed one a line without a full stop ("High School Diploma or GED equivalent" /
"Three (3) years of Elections-related experience" / "One (1) in a lead role") are read as one
sentence, since a wrapped sentence is printed the same way. The facts stay read from that
sentence; the evidence a reviewer follows must still name the line each fact stands on and quote
only its words, or "experience 3 -> 5 years" leads to the diploma line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# what a clause holds when it states nothing by itself: the "and/or" closing a list item
_CONNECTOR = re.compile(r"^\W*(?:and/or|and|or|nor)?\W*$", re.I)


def clause_parts(seg: str, offset: int, locate: Callable[[int], str | None] | None) -> list[tuple[int, str]]:
    """``seg`` (at ``offset``) cut at each line that opens another clause, with the parts' offsets."""
    if locate is None:
        return [(offset, seg)]
    parts: list[tuple[int, str]] = []
    start = 0
    for at in [m.start() + 1 for m in re.finditer(r"\n", seg)]:
        if seg[start:at].strip() and seg[at:].strip() and locate(offset + at) != locate(offset + start):
            parts.append((offset + start, seg[start:at]))
            start = at
    parts.append((offset + start, seg[start:]))
    return parts


def fact_parts(seg: str, offset: int, locate: Callable[[int], str | None] | None) -> list[tuple[int, str]]:
    """The clause parts a fact of ``seg`` can be read from: a list a lead-in opens ("... with one
    or more of the following controls: a. electric controls b. ...") stays with it, since the
    items say what the lead-in's fact is about."""
    parts: list[tuple[int, str]] = []
    opened = False  # the rest of the sentence is the list a lead-in opened
    for at, part in clause_parts(seg, offset, locate):
        if opened:
            parts[-1] = (parts[-1][0], parts[-1][1] + part)
        else:
            parts.append((at, part))
            opened = part.rstrip().endswith(":")
    return parts


def part_holding(parts: list[tuple[int, str]], reads: Callable[[int, str], bool]) -> tuple[int, str] | None:
    """The first part that, read alone, gives the fact (``reads``); else the only part that says
    anything; None when no single part can be named (the whole sentence is quoted then)."""
    for at, part in parts:
        if reads(at, part):
            return at, part
    said = [(at, part) for at, part in parts if not _CONNECTOR.match(part)]
    return said[0] if len(said) == 1 else None


def part_at(parts: list[tuple[int, str]], offset: int) -> tuple[int, str]:
    """The part that holds ``offset``."""
    return [(at, part) for at, part in parts if at <= offset][-1] if parts[0][0] <= offset else parts[0]


__all__ = ["clause_parts", "fact_parts", "part_at", "part_holding"]
