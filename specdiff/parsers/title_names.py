"""Class titles as minimum qualifications name them: found by shape, compared by key.

A promotion line names the titles it promotes from ("one year as a Contract Management
Specialist 1 (HBE)", "as a Social Welfare Worker II, Case Manager I, or Resource Consultant");
the same title is printed in full, in capitals or with its parenthetical shortened to initials.
Titles are recognised by their shape after a cue ("as a", "performing the duties of"): a run of
capitalised words, numbers, Roman numerals and bracketed qualifiers. No list of known titles.
A mention is compared with the document's titles by the model's title keys
(:mod:`specdiff.model.identity`), as every stage compares titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Title
from ..model.identity import resolve_title

# "as a", "performing the duties of an", "equivalent to that of a", "in the class of"
CUE = re.compile(
    r"\b(?:as|(?:performing|perform)\s+the\s+duties\s+of|equivalent\s+to(?:\s+(?:that|those)\s+of)?|"
    r"(?:in\s+)?the\s+class(?:es)?\s+of)\s+(?:(?:a|an|the)\s+)?(?=[A-Z])"
)
_WORD = re.compile(r"\(|[A-Za-z][\w'’&/-]*(?:\.[A-Za-z]+)*|\d+[A-Za-z]?")
_JOINERS = {"of", "and", "for", "the", "de", "on"}
_ROMAN = re.compile(r"^[IVX]+$")
# what, after a comma, qualifies the title before it rather than naming another one
_QUALIFIER = re.compile(
    r"^(?:Range|Level|Grade|(?:Division|Department|Office|Bureau|Board|Agency|Branch|School|Institute|"
    r"Commission|Authority|Service)\s+(?:of|for)\b)"
)


def canonical_title(titles: Iterable[Title], mention: str) -> str:
    """The document's canonical title a mention names (see :func:`resolve_title`), or the
    mention itself, trimmed, when it names none of them."""
    found = resolve_title(titles, mention)
    return found.title if found is not None else mention.strip()


def title_list_after(text: str, start: int) -> list[tuple[int, int, str]]:
    """The titles printed from ``start``: "Worker II, Case Manager I, or Resource Consultant".

    Stops at the first word that cannot belong to a title (lower case, not a joiner) or at
    sentence punctuation; "Range B" after a comma belongs to the title before it, and so does an
    organisation ("District Manager, Division of Industrial Safety"; "Counselor, School for the Deaf").
    """
    found: list[tuple[int, int, str]] = []
    pos = start
    while True:
        item = _one_title(text, pos)
        if item is None:
            break
        begin, end = item
        name = text[begin:end].strip()
        if found and _QUALIFIER.match(name):
            first = found[-1][0]
            found[-1] = (first, end, text[first:end])
        else:
            found.append((begin, end, name))
        sep = re.match(r"\s*(?:,\s*(?:and/or|or|and)?|\s(?:or|and/or|and))\s+(?:(?:a|an|the)\s+)?(?=[A-Z])", text[end:])
        if not sep:
            break
        pos = end + sep.end()
    return found


def _one_title(text: str, pos: int) -> tuple[int, int] | None:
    """One title starting at ``pos``: capitalised words, numbers, joiners, bracketed parts."""
    end = pos
    index = pos
    words = 0
    while index < len(text):
        gap = re.match(r"[ \t]*\n?[ \t]*", text[index:])
        at = index + (gap.end() if gap else 0)
        token = _WORD.match(text, at)
        if token is None:
            break
        word = token.group(0)
        if word == "(":
            close = text.find(")", at)
            if close == -1 or close - at > 60:
                break
            index = end = close + 1
            continue
        if word[0].isupper() or word[0].isdigit() or _ROMAN.match(word):
            index = end = token.end()
            words += 1
            continue
        if word.lower() in _JOINERS and words:
            index = token.end()  # a joiner counts only if a capitalised word follows
            continue
        break
    return (pos, end) if words else None


def mentioned_titles(text: str) -> list[tuple[int, int, str]]:
    """Every title list introduced by a cue in ``text``, as (start, end, title)."""
    out: list[tuple[int, int, str]] = []
    for cue in CUE.finditer(text):
        out.extend(title_list_after(text, cue.end()))
    return out


__all__ = ["CUE", "canonical_title", "mentioned_titles", "title_list_after"]
