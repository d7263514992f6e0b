"""Conditions of employment and preferred items, compared as lists of sentences per title.

Neither is a number a rule can compare: "Must possess and maintain a valid Driver's License" is a
sentence. They are matched as a reviewer would: the same words (case, punctuation and spacing
aside) or nearly the same words with the same figures are the same item; an item left over on
each side of the same kind is one item reworded ("a recognized accounting designation" became
"CPA member in good standing or suitable equivalency"); the rest were added or dropped.
Conditions rarely belong to one route or alternative, so they are compared per title: a
licence that moved from the preferred list to the minimums is no change.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import Evidence, Passage, Requirement, RequirementChange
from ..model.vocabulary import condition_name
from .requirement_evidence import ClauseIndex, quotes

SAME_ITEM = 90  # rapidfuzz ratio of the words at or above which two sentences with equal figures are one item
ACROSS_KINDS = 85  # token_set_ratio at or above which two left-over sentences of different kinds are one
REWORDED = 50  # token_set_ratio at or above which two left-over sentences of one kind are one item reworded
_WORDS = re.compile(r"[0-9a-z]+")
_WHEN = re.compile(r"\b(?:prior\s+to|before|upon|at\s+the\s+time\s+of)\s+appointment\b")
_FILLER = {"a", "an", "the", "is", "are", "be", "preferred", "desired", "desirable", "required", "but", "not"}
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_JOINED = re.compile(r"(?<=\w)[-'’](?=\w)")


@dataclass(frozen=True, slots=True)
class ListItem:
    """One condition or preferred item with the requirement it was read under."""

    passage: Passage
    req: Requirement

    @property
    def words(self) -> str:
        """The sentence's words: case, punctuation, hyphens, the words that say how wanted it is and
        when a condition must be met aside ("policy-making body is preferred" = "policymaking body";
        a licence "required prior to appointment" = "required": every condition is, at the latest)."""
        return _words_of(self.passage.text)


@lru_cache(maxsize=16384)
def _words_of(text: str) -> str:
    """:attr:`ListItem.words` of a sentence, worked out once per text: matching items weighs every
    item against every other (a --scale 100 pair asked 234,000 times for 1,800 sentences)."""
    text = _JOINED.sub("", text.casefold())
    text = _WHEN.sub(" ", text)
    return " ".join(w for w in _WORDS.findall(text) if w not in _FILLER)


def _figures(text: str) -> list[str]:
    return _FIGURE.findall(text)


def _similarity(a: ListItem, b: ListItem) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.token_set_ratio(a.words, b.words))


def match_items(
    old: Sequence[ListItem], new: Sequence[ListItem], *, exact: bool = False
) -> list[tuple[ListItem | None, ListItem | None]]:
    """Pairs of the same item (both set), reworded items (both set, words differ) and items only
    on one side; pairs whose words are the same come first, so the caller can skip them."""
    pairs: list[tuple[ListItem | None, ListItem | None]] = []
    free_old, free_new = _same_words(old, new, pairs)
    if not exact:
        for a in list(free_old):
            b = next((b for b in free_new if a.passage.kind == b.passage.kind and _same(a, b)), None)
            if b is not None:
                pairs.append((a, b))
                free_old.remove(a)
                free_new.remove(b)
    for kind in dict.fromkeys(i.passage.kind for i in [*free_old, *free_new]):
        olds = [a for a in free_old if a.passage.kind == kind]
        news = [b for b in free_new if b.passage.kind == kind]
        scored = sorted(((-_similarity(a, b), i, j) for i, a in enumerate(olds) for j, b in enumerate(news)))
        used_a: set[int] = set()
        used_b: set[int] = set()
        for score, i, j in scored:
            one_each = len(olds) == 1 and len(news) == 1 and kind not in ("preferred", "other")
            if i in used_a or j in used_b or (-score < REWORDED and not one_each):
                continue
            used_a.add(i)
            used_b.add(j)
            pairs.append((olds[i], news[j]))
        free_old = [a for a in free_old if a not in olds or olds.index(a) in used_a]
        free_new = [b for b in free_new if b not in news or news.index(b) in used_b]
        pairs += [(a, None) for i, a in enumerate(olds) if i not in used_a]
        pairs += [(None, b) for j, b in enumerate(news) if j not in used_b]
    return _across_kinds(pairs)


def _same_words(
    old: Sequence[ListItem], new: Sequence[ListItem], pairs: list[tuple[ListItem | None, ListItem | None]]
) -> tuple[list[ListItem], list[ListItem]]:
    """Pair each old item, in order, with the first free new item of its kind and words (appended
    to ``pairs``); the items left on each side, in order. Looked up by (kind, words) rather than
    by scanning the new side for every old item: long lists made that scan quadratic."""
    waiting: dict[tuple[str, str], deque[ListItem]] = {}
    for b in new:
        waiting.setdefault((b.passage.kind, b.words), deque()).append(b)
    free_old: list[ListItem] = []
    taken: set[int] = set()
    for a in old:
        queue = waiting.get((a.passage.kind, a.words))
        if queue:
            b = queue.popleft()
            taken.add(id(b))
            pairs.append((a, b))
        else:
            free_old.append(a)
    return free_old, [b for b in new if id(b) not in taken]


def _across_kinds(
    pairs: list[tuple[ListItem | None, ListItem | None]],
) -> list[tuple[ListItem | None, ListItem | None]]:
    """A sentence read as one kind on one side and another on the other ("a driver's license and a good
    driving record are required" / "a driver's license is required") is one condition reworded."""
    olds = [a for a, b in pairs if b is None and a is not None and a.passage.kind != "preferred"]
    news = [b for a, b in pairs if a is None and b is not None and b.passage.kind != "preferred"]
    for a in olds:
        best = max(news, key=lambda b: _similarity(a, b), default=None)
        if best is None or _similarity(a, best) < ACROSS_KINDS:
            continue
        pairs.remove((a, None))
        pairs[pairs.index((None, best))] = (a, best)
        news.remove(best)
    return pairs


def item_changes(
    old: Sequence[ListItem],
    new: Sequence[ListItem],
    indexes: tuple[ClauseIndex, ClauseIndex],
    prefix: Callable[[Requirement], str],
    *,
    exact: bool = False,
) -> list[RequirementChange]:
    """One change per condition or preferred item added, dropped or reworded; ``exact``: any other
    word is a rewording (for sentences no rule reads, where one word may be the whole change)."""
    out: list[RequirementChange] = []
    for a, b in match_items(old, new, exact=exact):
        if a is not None and b is not None and (a.words == b.words or (not exact and _same(a, b))):
            continue
        ref = (b or a).req  # type: ignore[union-attr]
        kind = (b or a).passage.kind  # type: ignore[union-attr]
        field = "preferred" if kind == "preferred" else "condition"
        what = "desirable criterion" if kind == "preferred" else f"condition ({condition_name(kind)})"
        if a is None:
            words = f"{what} added: {_quote(b)}"
        elif b is None:
            words = f"{what} dropped: {_quote(a)}"
        else:
            words = f"{what} reworded: {_quote(a)} → {_quote(b)}"
        out.append(
            RequirementChange(
                ref.route,
                field,
                _value(a),
                _value(b),
                f"{prefix(ref)}: {words}",
                ref.title,
                ref.option,
                old_evidence=_evidence(a, indexes[0]),
                new_evidence=_evidence(b, indexes[1]),
            )
        )
    return out


def _same(a: ListItem, b: ListItem) -> bool:
    """Nearly the same words in nearly the same order, and the same figures: one item. Not a
    subset test: "a license and a good driving record are required" is not "a license is required"."""
    from rapidfuzz import fuzz

    if _figures(a.passage.text) != _figures(b.passage.text):
        return False
    words_a, words_b = set(a.words.split()), set(b.words.split())
    if (words_a <= words_b or words_b <= words_a) and len(words_a ^ words_b) <= 2:
        return True  # "possess a valid license" / "possess and maintain a valid license"
    return fuzz.ratio(a.words, b.words) >= SAME_ITEM


def _value(item: ListItem | None) -> dict[str, str] | None:
    return None if item is None else {"kind": item.passage.kind, "text": item.passage.text}


def _quote(item: ListItem | None, limit: int = 100) -> str:
    text = item.passage.text if item else ""
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _evidence(item: ListItem | None, index: ClauseIndex) -> tuple[Evidence, ...]:
    return quotes([item.passage], index) if item else ()


__all__ = ["ListItem", "item_changes", "match_items"]
