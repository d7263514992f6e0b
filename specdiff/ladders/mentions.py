"""Title names are not scope words: "equivalent to a Supervising Counselor" names a class, it
does not say the incumbent supervises.

Before a clause is read for scope terms, every name of every title of the documents compared
(full, alias, upper- or lower-case, with or without its level number) is blanked out, keeping
the clause's length so the terms' positions still point into the printed text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Title
from .model import ScopeTerm
from .vocabulary import find_terms

_LEVEL = re.compile(r"\s+(?:\d+|[IVX]+)\b")


def _names(titles: Iterable[Title]) -> tuple[str, ...]:
    names: set[str] = set()
    for title in titles:
        for name in (title.title, *title.aliases):
            names.add(name.strip())
            names.add(_LEVEL.sub("", name).strip())
    return tuple(sorted((n for n in names if len(n.split()) > 1), key=lambda n: (-len(n), n)))


@lru_cache(maxsize=64)
def _pattern(titles: tuple[Title, ...]) -> re.Pattern[str] | None:
    names = _names(titles)
    if not names:
        return None
    alternatives = (r"\s+".join(re.escape(word) for word in name.split()) for name in names)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def without_titles(text: str, titles: tuple[Title, ...]) -> str:
    """``text`` with every title name blanked out (same length)."""
    pattern = _pattern(titles)
    return pattern.sub(lambda m: " " * len(m.group(0)), text) if pattern else text


def scope_terms(text: str, titles: tuple[Title, ...] = ()) -> tuple[ScopeTerm, ...]:
    """The scope terms of ``text``, title names aside."""
    return find_terms(without_titles(text, titles))


__all__ = ["scope_terms", "without_titles"]
