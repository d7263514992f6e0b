"""The scope vocabulary: data (``specdiff/data/scope-vocabulary.json``) and the matcher that reads it.

Kept as data with its sources, not as code, so an analyst can see why "under direction" ranks
above "under general supervision" and add a phrase their jurisdiction prints without touching
the matcher. Matching is on whole words, case-blind; a phrase may hold alternatives ("a|b") and
gaps ("..."). Every rung carries examples (and every scale counter-examples) that the tests run,
so each rule of the vocabulary has a test that can fail.

Scales are read in file order and a word found by one scale is not read by the next (unless the
scale says ``"consumes": false``): "directs staff" is supervision exercised, and its "directs"
must not also count as the duty's role in the work.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from .model import ScopeTerm

GAP = 4  # words a "..." may skip
_WORD = re.compile(r"[A-Za-z0-9]+")
_HEAD_SKIP = frozenset({"may", "also", "and", "this", "that", "level", "position", "incumbent", "incumbents", "the"})
_OPENING = frozenset({"in", "with", "under", "as", "at", "for", "within", "on", "through", "from", "when", "after"})

Pattern = tuple[frozenset[str] | None, ...]  # None is a gap


@dataclass(frozen=True, slots=True)
class Rung:
    rank: int
    label: str
    patterns: tuple[Pattern, ...]
    examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scale:
    name: str
    label: str
    rungs: tuple[Rung, ...]
    sources: tuple[str, ...] = ()
    consumes: bool = True
    passive_blockers: frozenset[str] = frozenset()
    implicit_head_rank: int | None = None
    counter_examples: tuple[str, ...] = ()
    comparable_only_with_same: tuple[str, ...] = ()  # scales both sides must state alike for a shift
    doer_rank: int | None = None  # the rank of a paired duty that states a role in the work and none here

    def rung(self, rank: int) -> Rung:
        return next(r for r in self.rungs if r.rank == rank)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    scales: tuple[Scale, ...]
    blockers: frozenset[str]
    stop_phrases: tuple[Pattern, ...]

    def scale(self, name: str) -> Scale:
        return next(s for s in self.scales if s.name == name)

    @property
    def words(self) -> frozenset[str]:
        """Every word a phrase of some scale names: none of them is meaning-bearing."""
        out: set[str] = set()
        for scale in self.scales:
            for rung in scale.rungs:
                for pattern in rung.patterns:
                    for alternatives in pattern:
                        out |= alternatives or set()
        return frozenset(out)


def compile_pattern(phrase: str) -> Pattern:
    """ "manage|manages ... team" -> ({manage, manages}, None, {team})."""
    out: list[frozenset[str] | None] = []
    for part in phrase.lower().split():
        if part == "...":
            out.append(None)
        else:
            out.append(frozenset(w for alt in part.split("|") for w in _WORD.findall(alt)))
    return tuple(out)


def _scale(data: dict[str, Any]) -> Scale:
    rungs = tuple(
        Rung(int(r["rank"]), r["label"], tuple(compile_pattern(p) for p in r["phrases"]), tuple(r.get("examples", ())))
        for r in data["rungs"]
    )
    return Scale(
        name=data["name"],
        label=data["label"],
        rungs=tuple(sorted(rungs, key=lambda r: r.rank)),
        sources=tuple(data.get("sources", ())),
        consumes=bool(data.get("consumes", True)),
        passive_blockers=frozenset(data.get("passive_blockers", ())),
        implicit_head_rank=data.get("implicit_head_rank"),
        counter_examples=tuple(data.get("counter_examples", ())),
        comparable_only_with_same=tuple(data.get("comparable_only_with_same", ())),
        doer_rank=data.get("doer_rank"),
    )


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary shipped with specdiff (read once per process)."""
    text = files("specdiff").joinpath("data", "scope-vocabulary.json").read_text(encoding="utf-8")
    return vocabulary_from(json.loads(text))


def vocabulary_from(data: dict[str, Any]) -> Vocabulary:
    return Vocabulary(
        scales=tuple(_scale(s) for s in data["scales"]),
        blockers=frozenset(data.get("blockers", ())),
        stop_phrases=tuple(compile_pattern(p) for p in data.get("stop_phrases", ())),
    )


Token = tuple[str, int, int]  # (lower-case word, start, end) in the text


def tokenize(text: str) -> list[Token]:
    return [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _match(pattern: Pattern, words: list[str], at: int) -> int | None:
    """The end (exclusive) of ``pattern`` matched at word ``at``, or None; a gap takes the
    fewest words that let the rest match."""
    if not pattern:
        return at
    head, rest = pattern[0], pattern[1:]
    if head is None:
        for skip in range(GAP + 1):
            end = _match(rest, words, at + skip)
            if end is not None:
                return end
        return None
    if at < len(words) and words[at] in head:
        return _match(rest, words, at + 1)
    return None


def _first_words(patterns: tuple[Pattern, ...]) -> dict[str, tuple[int, ...]]:
    """Pattern indexes by the words they can open with: a start is tried only against these."""
    out: dict[str, list[int]] = {}
    for k, pattern in enumerate(patterns):
        for word in pattern[0] or ():
            out.setdefault(word, []).append(k)
    return {w: tuple(ks) for w, ks in out.items()}


def _spans(patterns: tuple[Pattern, ...], words: list[str]) -> list[tuple[int, int, int]]:
    """(start, end, pattern index) of every match; at each start the one naming the most words
    comes first ("full performance level" over "full performance", "supervises ... supervisors"
    over "supervises"), then the one that skips fewest words through its gaps ("manages a
    section of the bureau" is a section, not a bureau)."""
    openers = _openers(patterns)
    found = []
    for start, word in enumerate(words):
        for k in openers.get(word, ()):
            pattern = patterns[k]
            end = _match(pattern, words, start)
            if end is not None and end > start:
                named = sum(1 for p in pattern if p is not None)
                found.append((start, -named, end - start - named, k, end))
    return [(start, end, k) for start, _, _, k, end in sorted(found)]


@lru_cache(maxsize=64)
def _openers(patterns: tuple[Pattern, ...]) -> dict[str, tuple[int, ...]]:
    return _first_words(patterns)


def find_terms(text: str, vocab: Vocabulary | None = None) -> tuple[ScopeTerm, ...]:
    """Every scope term in ``text``, in reading order."""
    return tuple(term for term, _, _ in find_spans(text, vocab))


def find_spans(text: str, vocab: Vocabulary | None = None) -> tuple[tuple[ScopeTerm, int, int], ...]:
    """Every scope term in ``text`` with its character span, in reading order (pure, so the
    same clause read again, as every step and view does, is looked up, not re-read)."""
    return _find_spans(text, vocab or vocabulary())


@lru_cache(maxsize=8192)
def _find_spans(text: str, vocab: Vocabulary) -> tuple[tuple[ScopeTerm, int, int], ...]:
    tokens = tokenize(text)
    words = [t[0] for t in tokens]
    commas = {k for k in range(1, len(tokens)) if "," in text[tokens[k - 1][2] : tokens[k][1]]}
    stopped = [False] * len(words)
    for start, end, _ in _spans(vocab.stop_phrases, words):
        if not any(stopped[start:end]):
            stopped[start:end] = [True] * (end - start)
    taken = list(stopped)
    found: list[tuple[int, int, ScopeTerm]] = []
    for scale in vocab.scales:
        patterns = _patterns(scale)
        mine = [False] * len(words)
        for start, end, k in _spans(tuple(p for _, p in patterns), words):
            busy = taken if scale.consumes else stopped
            if any(busy[start:end]) or any(mine[start:end]) or _blocked(words, start, vocab, scale):
                continue
            rung = patterns[k][0]
            mine[start:end] = [True] * (end - start)
            found.append(
                (start, end, ScopeTerm(scale.name, rung.rank, rung.label, text[tokens[start][1] : tokens[end - 1][2]]))
            )
        head = _implicit_head(scale, words, taken, mine, commas)
        if head is not None:
            mine[head] = True
            rung_label = scale.rung(scale.implicit_head_rank or 0).label
            term = ScopeTerm(
                scale.name, scale.implicit_head_rank or 0, rung_label, text[tokens[head][1] : tokens[head][2]]
            )
            found.append((head, head + 1, ScopeTerm(term.scale, term.rank, term.rung, term.text, implicit=True)))
        if scale.consumes:
            taken = [a or b for a, b in zip(taken, mine, strict=True)]
    found.sort(key=lambda f: f[0])
    return tuple((term, tokens[start][1], tokens[end - 1][2]) for start, end, term in found)


@lru_cache(maxsize=64)
def _patterns(scale: Scale) -> list[tuple[Rung, Pattern]]:
    return [(rung, p) for rung in scale.rungs for p in rung.patterns]


def _blocked(words: list[str], start: int, vocab: Vocabulary, scale: Scale) -> bool:
    before = words[start - 1] if start else ""
    return before in vocab.blockers or before in scale.passive_blockers


def _after_opening(words: list[str], commas: set[int]) -> int:
    """The first word after skippable openers and up to two opening phrases ending at a comma."""
    at = 0
    for _ in range(3):
        while at < len(words) and (words[at] in _HEAD_SKIP or words[at].isdigit() or len(words[at]) == 1):
            at += 1
        if at >= len(words) or words[at] not in _OPENING:
            return at
        ends = [c for c in sorted(commas) if c > at]
        if not ends:
            return at
        at = ends[0]
    return at


def _implicit_head(scale: Scale, words: list[str], taken: list[bool], mine: list[bool], commas: set[int]) -> int | None:
    """The opening verb of a duty that no rung names ("Reviews applications ..."), when the
    scale ranks such verbs: a third-person form (ends in s, not "ss"/"us"/"is") that no term holds.
    An opening phrase ("In collaboration with X, develops ...") is read past, up to its comma."""
    if scale.implicit_head_rank is None:
        return None
    at = _after_opening(words, commas)
    if at >= len(words) or taken[at] or mine[at]:
        return None
    word = words[at]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha():
        return at
    return None


def rank_of(terms: tuple[ScopeTerm, ...], scale: str) -> int | None:
    """The highest rank ``terms`` hold on ``scale`` (None when they hold none)."""
    ranks = [t.rank for t in terms if t.scale == scale]
    return max(ranks) if ranks else None


__all__ = [
    "Rung",
    "Scale",
    "Vocabulary",
    "find_spans",
    "find_terms",
    "rank_of",
    "tokenize",
    "vocabulary",
    "vocabulary_from",
]
