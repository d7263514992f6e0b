"""Splits and merges: one clause that became several adjacent ones, or several that became one.

Runs after the 1:1 assignment, which pairs a split clause with its largest part. A free clause
right next to that part joins the pair when most of its words are words of the other side's
clause and joining it brings the two sides closer. Precision first (a false split is worse than a
missed one): only adjacent clauses of the same section, with at least three content words,
most of them accounted for.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .align import Alignment
from .candidates import STOPWORDS
from .units import Unit

COVERAGE = 0.7  # share of a joining clause's content words found among the leftover words
SURE = 0.85  # ... enough on its own, for a part of four or more content words
MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class Group:
    """One aligned unit of the result: old clause indexes, new clause indexes, how and how alike."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    match: str | None
    similarity: float


def _content(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t not in STOPWORDS]


def _stem(word: str) -> str:
    """A crude stem for counting shared words ("includes"/"included"); never used to judge."""
    return word[:5]


@functools.lru_cache(maxsize=1024)
def _stems(tokens: tuple[str, ...]) -> frozenset[str]:
    """The stems of a clause's words; one anchor is grown against many parts, so kept."""
    return frozenset(_stem(w) for w in tokens)


def _coverage(part: Unit, anchor: frozenset[str]) -> float:
    words = _content(part.tokens)
    if len(words) < MIN_WORDS:
        return 0.0
    return sum(_stem(w) in anchor for w in words) / len(words)


def _joins(anchor: Unit, parts: list[Unit], trial: list[Unit], candidate: Unit, words: frozenset[str]) -> bool:
    """Most of the candidate's words are the anchor's, and joining it brings the sides closer
    (or nearly all of its words are the anchor's: a clause that repeats words another part
    already used, like a footnote split off a definition, leaves the word bags no closer)."""
    if " ".join(u.form for u in trial) == anchor.form:
        return True  # the parts spell the other side exactly ("Examples/ Additional" + "Information:")
    coverage = _coverage(candidate, words)
    if coverage < COVERAGE:
        return False
    if _dice([anchor], trial) > _dice([anchor], parts):
        return True
    return coverage >= SURE and len(_content(candidate.tokens)) >= 4


def _ratio(a: Sequence[Unit], b: Sequence[Unit]) -> float:
    return fuzz.ratio(" ".join(u.form for u in a), " ".join(u.form for u in b)) / 100.0


def _dice(a: Sequence[Unit], b: Sequence[Unit]) -> float:
    """Word-bag overlap, blind to order: a split part may come from anywhere in its clause."""
    x = Counter(w for u in a for w in _content(u.tokens))
    y = Counter(w for u in b for w in _content(u.tokens))
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def _grow(anchor: Unit, part: Unit, pool: Sequence[Unit], taken: set[int], skip: bool) -> list[Unit]:
    """Extend ``[part]`` with free neighbours from ``pool`` (same side as ``part``). One clause
    aligned elsewhere may sit between two parts (it moved away, and its neighbours were joined)."""
    parts = [part]
    words = _stems(anchor.tokens)
    for step in (1, -1):
        k = part.index + step
        if skip and 0 <= k < len(pool) and k in taken and k + step not in taken:
            k += step
        while 0 <= k < len(pool) and k not in taken and pool[k].section_index == part.section_index:
            candidate = pool[k]
            trial = [*parts, candidate] if step == 1 else [candidate, *parts]
            if not _joins(anchor, parts, trial, candidate, words):
                break
            parts = trial
            k += step
    return parts


def group_links(state: Alignment) -> list[Group]:
    """Every pair of the alignment as a Group, grown into a split or merge where it should be.
    Neighbours are joined first; only then may a part reach past a clause aligned elsewhere, so
    a direct neighbour is never taken by a pair that had to skip to reach it."""
    taken_new = set(state.partner_of_new)
    taken_old = set(state.partner_of_old)
    parts = {i: ([state.olds[i]], [state.news[j]]) for i, j in sorted(state.partner_of_old.items())}
    for skip in (False, True):
        for i, (olds, news) in parts.items():
            if len(olds) > 1 or len(news) > 1:
                continue
            news = _grow(olds[0], news[0], state.news, taken_new, skip)
            olds = olds if len(news) > 1 else _grow(news[0], olds[0], state.olds, taken_old, skip)
            taken_new.update(u.index for u in news)
            taken_old.update(u.index for u in olds)
            parts[i] = (olds, news)
    groups: list[Group] = []
    for i, (olds, news) in parts.items():
        how = state.match[i] if len(news) == len(olds) == 1 else "split" if len(news) > 1 else "merge"
        score = state.score[i] if how == state.match[i] else _ratio(olds, news)
        groups.append(Group(tuple(u.index for u in olds), tuple(u.index for u in news), how, score))
    groups += [Group((u.index,), (), None, 0.0) for u in state.olds if u.index not in taken_old]
    groups += [Group((), (u.index,), None, 0.0) for u in state.news if u.index not in taken_new]
    return groups
