"""Meaning-bearing words: what two duties of different titles must share to be "the same duty".

Two versions of one standard change a few words of a clause; two titles of a series describe
the same duty with different scope words, different subjects and often a different verb form
("Assists in the review of applications submitted by health plans" / "Reviews applications
requesting acceptance as certified Marketplace health plans"). Character similarity, which the
version diff aligns on, scores such pairs low. Here a clause is reduced to the words that carry
its subject matter: the comparison form (abbreviations expanded), without stop words, without
the words of its scope terms (they are what is allowed to differ), lemmatised. Two clauses are
scored by a weighted Dice overlap in which a word shared by few clauses of the two titles
counts more than one on every line ("health", "plans").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable

from ..diff.candidates import STOPWORDS
from ..diff.glossary import Glossary
from ..diff.lemma import lemma
from ..diff.normalize import comparison_form
from ..diff.units import title_forms
from ..model import Title
from .mentions import without_titles
from .vocabulary import find_spans, vocabulary

_MORE_WORDS = "also both each these those not must should can if when where who whom whose through per via upon"
_MORE_WORDS += " about between more most less into within including related as etc other others"
_MORE_STOP = frozenset(_MORE_WORDS.split())
STOP = STOPWORDS | _MORE_STOP


_LEVEL_WORD = re.compile(r"^(?:\d+|[ivx]+)$")


def title_patterns(titles: Iterable[Title], glossary: Glossary) -> tuple[tuple[str, ...], ...]:
    """Every way the titles are written (abbreviations expanded, lemmatised), with and without
    their level number ("a higher-level Contract Management Specialist (HBE)"), longest first.
    One-word forms are left out: a title's id or initials may be an ordinary word."""
    out: set[tuple[str, ...]] = set()
    for title in titles:
        for form in title_forms(title, glossary):
            words = tuple(lemma(t) for t in form)
            out.add(words)
            out.add(tuple(w for w in words if not _LEVEL_WORD.match(w)))
    return tuple(sorted((f for f in out if len(f) > 1), key=lambda f: (-len(f), f)))


def _without_titles(words: list[str], patterns: tuple[tuple[str, ...], ...]) -> list[str]:
    drop = [False] * len(words)
    for pattern in patterns:
        size = len(pattern)
        for at in range(len(words) - size + 1):
            if tuple(words[at : at + size]) == pattern:
                drop[at : at + size] = [True] * size
    return [w for w, gone in zip(words, drop, strict=True) if not gone]


def meaning_words(
    text: str, glossary: Glossary, titles: tuple[tuple[str, ...], ...] = (), names: tuple[Title, ...] = ()
) -> frozenset[str]:
    """The lemmas of ``text``'s meaning-bearing words (see the module note). ``titles`` are
    :func:`title_patterns`: a title named in a duty says whom it concerns, not what it is."""
    kept = list(text)
    scales = {s.name: s for s in vocabulary().scales}
    for term, start, end in find_spans(without_titles(text, names)):
        if scales[term.scale].consumes and not term.implicit:
            kept[start:end] = " " * (end - start)
    words = [lemma(t) for t in comparison_form("".join(kept), glossary).split()]
    words = _without_titles(words, titles)
    return frozenset(w for w in words if w not in STOP and not w.isdigit() and len(w) > 1)


class MeaningIndex:
    """Meaning words of a set of clauses, weighted by how rare they are among them."""

    def __init__(
        self, clauses: Iterable[tuple[Hashable, str]], glossary: Glossary, titles: Iterable[Title] = ()
    ) -> None:
        named = tuple(titles)
        patterns = title_patterns(named, glossary)
        self.words: dict[Hashable, frozenset[str]] = {
            key: meaning_words(text, glossary, patterns, named) for key, text in clauses
        }
        df: Counter[str] = Counter()
        for words in self.words.values():
            df.update(words)
        total = max(1, len(self.words))
        self.weight = {w: math.log(1.0 + total / n) for w, n in df.items()}

    def similarity(self, a: Hashable, b: Hashable) -> float:
        """Weighted Dice overlap of two clauses' meaning words, in [0, 1]."""
        x, y = self.words.get(a, frozenset()), self.words.get(b, frozenset())
        if not x or not y:
            return 0.0
        shared = sum(self.weight[w] for w in x & y)
        return 2.0 * shared / (sum(self.weight[w] for w in x) + sum(self.weight[w] for w in y))

    def joined(self, keys: Iterable[Hashable]) -> frozenset[str]:
        out: set[str] = set()
        for key in keys:
            out |= self.words.get(key, frozenset())
        return frozenset(out)

    def group_similarity(self, a: Iterable[Hashable], b: Iterable[Hashable]) -> float:
        """Similarity of the joined words of two groups of clauses (a split or a merge)."""
        x, y = self.joined(a), self.joined(b)
        if not x or not y:
            return 0.0
        shared = sum(self.weight[w] for w in x & y)
        return 2.0 * shared / (sum(self.weight[w] for w in x) + sum(self.weight[w] for w in y))


__all__ = ["STOP", "MeaningIndex", "meaning_words"]
