"""Where one preferred item or condition ends: a list item, not a sentence.

A reviewer counts a bullet as one criterion however many sentences it holds ("**Communication
skills.** You can listen ... You know how to ..."), and a list that a sentence introduces ("A
valid certification as one of the following is desired, but not required: a. C.P.M. ...; or b.
CPCM ...") as part of that sentence: quoting "... not required: a." names nothing. Bullets
printed without a full stop are still one item each. These rules decide it from the text's list
labels and the clauses each piece was printed in, never from a publisher's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Passage
from .requirement_conditions import is_preference
from .requirement_sources import clause_parts

_LABEL = r"\(?(?P<label>[a-z]|\d{1,2}|[ivx]{1,4})[.)]"
# a list label opening a line ("a.", "3.", "iv.", "(b)"): its full stop ends no sentence
LINE_LABEL = re.compile(rf"(?m)^[ \t]*{_LABEL}(?=\s)")
# an item of a list ("a. ...", "or b. ...") and a passage that opened one ("... one of the following: a. ...")
_LIST_ITEM = re.compile(rf"^\s*(?:(?:or|and)\s+)?{_LABEL}\s", re.I)
_OPEN_LIST = re.compile(rf":(?:\s+{_LABEL}\s.*)?$", re.I | re.S)


CUT_AT_CLAUSES = frozenset({"preferred_qualifications", "conditions_of_employment"})
"""Sections whose every clause is one item: a preferred criterion, a condition of employment."""


def _style(label: str | None) -> str:
    """The kind of a list's labels: numbers, letters or roman numerals ("4." after "a.", "b." is
    the next item of the outer list, not of this one)."""
    if label is None:
        return ""
    return "number" if label.isdigit() else "letter" if len(label) == 1 else "roman"


def pieces(
    text: str,
    locate: Callable[[int], str | None] | None,
    section: str,
    segments: Callable[[str], list[tuple[int, str]]],
) -> list[tuple[int, str]]:
    """The sentences of ``text``; under a preferred or conditions-of-employment heading also cut
    where a clause ends, since each list item there is one item even when printed without a full
    stop ("* planning and facilitating workshops" / "* training and developing more junior
    designers"; "Active participation in the ... Association" / "Must be able to work nights and
    weekends ..."): joined, two conditions would read as one, of the kind of the first named. A
    list a lead-in opens ("... one of the following: a. ...") is joined again by :func:`goes_on`."""
    out = segments(text)
    if section not in CUT_AT_CLAUSES or locate is None:
        return out
    return [part for offset, seg in out for part in clause_parts(seg, offset, locate)]


def quote(text: str) -> str:
    """A piece of a sentence as quoted: its words on one line, its list label dropped."""
    return LINE_LABEL.sub("", " ".join(text.split()), count=1).strip()


def goes_on(
    item: Passage, where: str | None, before: str | None, seg: str, section: str, condition: str | None
) -> bool:
    """Whether a sentence is more of the preferred item or condition the sentence before it (printed
    in clause ``before``) gave: an item of the list that one opened, or the rest of such an item
    ("... is desired, but not required: a. ... (C.P.M.) issued by ...; or b. ..."), or, under a
    preferred heading, a sentence of the same list item that states no preference of its own
    ("**Communication skills.** You can listen to ..."): one item per bullet."""
    opened = _OPEN_LIST.search(item.text)
    if opened:
        label = _LIST_ITEM.match(seg)
        first = opened.group("label")
        if label and (first is None or _style(first) == _style(label.group("label"))):
            return True
        if not label and where is not None and where == before:
            return True
    return (
        section == "preferred_qualifications"
        and item.kind == "preferred"
        and where is not None
        and item.clause == where
        and condition is None
        and not is_preference(seg)
    )


__all__ = ["LINE_LABEL", "goes_on", "pieces", "quote"]
