"""Class titles as minimum qualifications name them: found by shape, compared by key.

A promotion line names the titles it promotes from ("one year as a Contract Management
Specialist 1 (HBE)", "as a Social Welfare Worker II, Case Manager I, or Resource Consultant");
the same title is printed in full, in capitals or with its parenthetical shortened to initials.
Titles are recognised by their shape after a cue ("as a", "performing the duties of"): a run of
capitalised words, numbers, Roman numerals and bracketed qualifiers. No list of known titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Title

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


@lru_cache(maxsize=65536)  # pure; the same few hundred titles are keyed again for every mention
def title_key(text: str) -> str:
    """A comparison key: case, punctuation and "(Health Benefit Exchange)" vs "(HBE)" ignored."""

    def initials(match: re.Match[str]) -> str:
        words = re.findall(r"[A-Za-z]+", match.group(1))
        significant = [w for w in words if w.lower() not in _JOINERS]
        return " " + ("".join(w[0] for w in significant) if len(significant) > 1 else " ".join(words)) + " "

    s = re.sub(r"\(([^)]*)\)", initials, text)
    s = re.sub(r"[^0-9a-z]+", " ", s.lower())
    return " ".join(s.split())


@lru_cache(maxsize=65536)
def _initialism(key: str) -> str:
    """ "contract management specialist 1 hbe" -> "cms 1 hbe": the short form standards use."""
    words = key.split()
    head = [w for w in words if not w.isdigit()]
    if not words or len(head) == len(words):
        return key
    cut = next(i for i, w in enumerate(words) if w.isdigit())
    lead = [w for w in words[:cut] if w not in _JOINERS]
    return " ".join(["".join(w[0] for w in lead), *words[cut:]]) if len(lead) > 1 else key


def title_keys(text: str) -> set[str]:
    """The keys a printed title may appear under: full ("... specialist 1 hbe") and short ("cms 1 hbe")."""
    key = title_key(text)
    return {key, _initialism(key)} if key else set()


def resolve_title(mention: str, titles: Iterable[Title]) -> str:
    """The document's canonical title a mention names, or the mention itself (trimmed): the
    first title (in the document's order) one of whose keys is the mention's key or its short form."""
    key = title_key(mention)
    index = _title_index(tuple(titles))
    hits = [index[k] for k in (key, _initialism(key)) if k in index]
    return min(hits)[1] if hits else mention.strip()


@lru_cache(maxsize=64)
def _title_index(titles: tuple[Title, ...]) -> dict[str, tuple[int, str]]:
    """Every key of every title -> (position, title) of the first title that has it. Built once
    per document's titles: resolving each mention by keying every title again made parsing
    grow with mentions x titles (issue 8)."""
    index: dict[str, tuple[int, str]] = {}
    for position, title in enumerate(titles):
        keys = {title_key(title.title), *(title_key(a) for a in title.aliases)}
        keys |= {_initialism(k) for k in list(keys)}
        for k in keys:
            index.setdefault(k, (position, title.title))
    return index


@lru_cache(maxsize=64)
def title_names(titles: tuple[Title, ...]) -> frozenset[str]:
    """The canonical names of a document's titles (kept per document, like the index)."""
    return frozenset(t.title for t in titles)


def same_title(a: str | None, b: str | None) -> bool:
    """Whether two printed titles name the same class (either may be abbreviated)."""
    if a is None or b is None:
        return a is b
    ka, kb = title_key(a), title_key(b)
    return ka == kb or _initialism(ka) == _initialism(kb)


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


__all__ = [
    "mentioned_titles", "resolve_title", "same_title", "title_key", "title_keys", "title_list_after", "title_names",
]  # fmt: skip
