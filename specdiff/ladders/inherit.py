"""Inheritance clauses: a level taking on another level's duties without printing them again.

Series standards say it in a few shapes: a sentence of its own ("May perform all of the same
duties and functions as Contract Management Specialist 1 (HBE)", "Performs the full range of
duties of the lower level"), or a lead-in to a list item ("All of the above, and ...", also
after a list label: "Knowledge of: All of the above, and ..."). A duty
printed at one level and inherited by the next is neither dropped nor new at the next level;
reading it as "removed" would tell an analyst the upper level no longer does it.

Found by shape, not by one publisher's words: a verb of doing, a quantity ("all", "any",
"many", "some", "the full range of"), a word for duties, and a reference to another level (a
title the document defines, "lower", "higher", "above"). "Many" and "some" are inheritances
of part of the work: reported as the statement they are, but they carry no duty up the ladder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..diff.glossary import Glossary, word_tokens
from ..diff.units import title_forms
from ..model import Title

_STATEMENT = re.compile(
    r"(?<!not )(?<!never )\b(?:perform|performs|do|does|assume|assumes|carry\s+out|carries\s+out|exercise|exercises)\s+"
    r"(?P<q>all|any|many|most|some|the\s+full\s+range)\s+(?:of\s+)?(?:the\s+)?(?:same\s+|other\s+)?"
    r"(?:duties|tasks|functions|work|responsibilities)\b",
    re.IGNORECASE,
)
_ABOVE = re.compile(
    r"^\s*(?:[A-Za-z][\w ]{0,30}:\s*)?(?:do\s+|and\s+)?all\s+(?:of\s+)?the\s+above\b"
    r"\s*[,;:]?\s*(?:(?:and|plus)\b\s*[,:]?\s*)?",
    re.IGNORECASE,
)
_LOWER = re.compile(r"\b(?:lower|subordinate|preceding|previous|above|less\s+senior)\b", re.IGNORECASE)
_HIGHER = re.compile(r"\b(?:higher|upper|senior\s+level|more\s+senior)\b", re.IGNORECASE)
REACH = 80  # characters after the statement in which it must say whose duties ("of the lower level")
_EXTENT = {"all": "all", "any": "all", "the full range": "all", "many": "many", "most": "many", "some": "some"}


@dataclass(frozen=True, slots=True)
class InheritanceText:
    """What an inheritance clause says: how much it takes on, and from whom in general terms.
    ``rest`` is where the clause's own content starts ("All of the above, and X": X), or None
    when the whole clause is the statement."""

    extent: str
    rest: int | None
    direction: str | None  # "lower" or "higher" when the words say so; a named title decides otherwise


def read_inheritance(text: str) -> InheritanceText | None:
    """The inheritance ``text`` states, or None. A statement sentence must refer to another
    level in words (``lower``, ``higher``, ``above``...) or name a title; the caller checks titles,
    so a sentence with neither is returned with ``direction`` None."""
    above = _ABOVE.match(text)
    if above:
        rest = above.end() if text[above.end() :].strip(" .;:,") else None
        return InheritanceText("all", rest, "lower")
    match = _STATEMENT.search(text)
    if match is None:
        return None
    extent = _EXTENT[" ".join(match.group("q").lower().split())]
    tail = text[match.start() : match.end() + REACH]
    direction = "lower" if _LOWER.search(tail) else "higher" if _HIGHER.search(tail) else None
    return InheritanceText(extent, None, direction)


def named_titles(text: str, titles: Sequence[Title], glossary: Glossary) -> list[Title]:
    """The titles ``text`` names (any name form, abbreviations expanded), in order of first
    mention; of two names at one place the longer wins ("CMS 1 (HBE)" over "CMS 1")."""
    tokens = glossary.expand(word_tokens(text))
    found: list[tuple[int, int, int]] = []  # (start, -length, title index)
    for k, title in enumerate(titles):
        for form in title_forms(title, glossary):
            size = len(form)
            for start in range(len(tokens) - size + 1):
                if tokens[start : start + size] == form:
                    found.append((start, -size, k))
    out: list[Title] = []
    end = -1
    for start, neg, k in sorted(found):
        if start < end:
            continue
        end = start - neg
        if titles[k] not in out:
            out.append(titles[k])
    return out


__all__ = ["InheritanceText", "named_titles", "read_inheritance"]
