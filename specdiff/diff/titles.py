"""Which title (level) of the old version is which title of the new one.

Codes are the strongest evidence (a title can be renamed, its code stays); then the canonical
title or any alias written the same way after abbreviations are expanded; then a close fuzzy
match whose level numbers agree ("Specialist 1" never pairs with "Specialist 2"). Last, two
versions that each hold one title hold the same position however it was renamed ("Service
designer" -> "Midweight service designer"): the lone titles pair when their level numbers agree,
so the rename and a changed grade are reported as such, not as one title removed and another
added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Title
from .glossary import Glossary, word_tokens
from .units import title_forms

_LEVEL = re.compile(r"\b(?:\d+|[ivx]+)\b")


@dataclass(frozen=True)
class TitleMap:
    """Old title id -> new title id, plus the rule to compare resolved title keys."""

    pairs: dict[str, str]

    def same(self, old_key: str | None, new_key: str | None) -> bool:
        """Do these two resolved keys (ids, "?name" or None for series-wide) name one title?"""
        if old_key is None or new_key is None:
            return old_key is new_key
        if old_key.startswith("?") or new_key.startswith("?"):
            return old_key == new_key or self.pairs.get(old_key) == new_key
        return self.pairs.get(old_key) == new_key


def _levels(tokens: tuple[str, ...]) -> list[str]:
    return _LEVEL.findall(" ".join(tokens))


def align_titles(old: tuple[Title, ...], new: tuple[Title, ...], glossary: Glossary) -> TitleMap:
    pairs: dict[str, str] = {}
    taken: set[str] = set()

    def pair(a: Title, b: Title) -> None:
        pairs[a.id] = b.id
        taken.add(b.id)

    by_code: dict[str, list[Title]] = {}
    for title in new:
        if title.code:
            by_code.setdefault(title.code.strip(), []).append(title)
    old_codes = [(t.code or "").strip() for t in old]
    for title, code in zip(old, old_codes, strict=True):
        same_code = by_code.get(code, []) if code else []
        if len(same_code) == 1 and old_codes.count(code) == 1:
            pair(title, same_code[0])
    forms = {t.id: title_forms(t, glossary) for t in new}
    for title in old:
        if title.id in pairs:
            continue
        mine = title_forms(title, glossary)
        match = [t for t in new if t.id not in taken and mine & forms[t.id]]
        if len(match) == 1:
            pair(title, match[0])
    for title in old:
        if title.id in pairs:
            continue
        name = glossary.expand(word_tokens(title.title))
        scored = []
        for t in new:
            if t.id in taken:
                continue
            other = glossary.expand(word_tokens(t.title))
            if _levels(name) == _levels(other):
                scored.append((fuzz.ratio(" ".join(name), " ".join(other)), t.id, t))
        if scored:
            score, _, best = max(scored, key=lambda s: (s[0], s[1]))
            if score >= 80:
                pair(title, best)
    if len(old) == 1 and len(new) == 1 and not pairs:
        name, other = (glossary.expand(word_tokens(t.title)) for t in (old[0], new[0]))
        if _levels(name) == _levels(other):
            pair(old[0], new[0])
    return TitleMap(pairs)
