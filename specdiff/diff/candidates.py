"""Which clause pairs are worth scoring: an inverted index of rare words, never all pairs.

Scoring every old clause against every new clause is quadratic (42 s for a 1.3 MB pair here,
359 s at 4 MB). A clause and its revision nearly always share a few words that are rare in the
document, so each old clause is scored only against the new clauses that share the most rare
words with it (plus every clause of its own section when the section is small).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from .units import Unit

_STOP = (
    "a an and are as at be by for from has have in is it its may of on or such that the their this to"
    " under which with will all any other"
)
STOPWORDS = frozenset(_STOP.split())
# Words every question and sentence of a posting shares ("Do you have ...", "If so, please ..."):
# two clauses that share only these share nothing worth pairing them on.
_FUNCTION = (
    "you your yours we our us i me my he she they them their do does did have has had if so please"
    " can could would should shall was were been being not no yes what who how when where there"
    " these those than then also"
)
FUNCTION_WORDS = STOPWORDS | frozenset(_FUNCTION.split())
TOP_K = 8  # candidates kept per clause from the index
MAX_DF = 24  # a word in more clauses than this is not rare enough to index


def similarity(a: Unit, b: Unit, cutoff: float = 0.0) -> float:
    """Similarity of two clauses' comparison forms in [0, 1] (rapidfuzz Indel ratio)."""
    if a.form == b.form:
        return 1.0
    return fuzz.ratio(a.form, b.form, score_cutoff=cutoff * 100) / 100.0


def shared_words(a: Unit, b: Unit) -> float:
    """Dice overlap of the two clauses' content words (order-blind), in [0, 1]."""
    x = Counter(t for t in a.tokens if t not in STOPWORDS)
    y = Counter(t for t in b.tokens if t not in STOPWORDS)
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def asks(text: str) -> bool:
    """Is the clause a question (a supplemental question of a posting: "Do you have ...?")?"""
    return text.rstrip(" \t\"')\u201d").endswith("?")


def same_nature(a: Unit, b: Unit, score: float, floor: float) -> bool:
    """May ``a`` and ``b`` be paired at ``score``? A question and a statement are different
    things even when they share words (the question "Are you a registered voter ...; have a
    Bachelor's Degree ...?" beside the minimum qualification it asks about): below ``floor``
    their likeness is the shared topic, not the same clause rewritten, and pairing them takes
    each from its real counterpart. Above it a question reworded into a statement is still one
    clause changed."""
    return score >= floor or asks(a.clause.text) == asks(b.clause.text)


def content_overlap(a: Unit, b: Unit) -> float:
    """Dice overlap of the two clauses' words that carry content (no function words), in [0, 1]."""
    x = Counter(t for t in a.tokens if t not in FUNCTION_WORDS)
    y = Counter(t for t in b.tokens if t not in FUNCTION_WORDS)
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def _keys(unit: Unit) -> set[str]:
    return {t for t in unit.tokens if len(t) > 2 and t not in STOPWORDS} or set(unit.tokens)


def index_candidates(olds: Sequence[Unit], news: Sequence[Unit], top_k: int = TOP_K) -> set[tuple[int, int]]:
    """(old index, new index) pairs that share the most rare words, at most ``top_k`` per old
    clause and per new clause. Near-linear: postings longer than ``MAX_DF`` are skipped."""
    postings: dict[str, list[int]] = {}
    for unit in news:
        for key in _keys(unit):
            postings.setdefault(key, []).append(unit.index)
    df = Counter({k: len(v) for k, v in postings.items()})
    pairs: set[tuple[int, int]] = set()
    best_for_new: dict[int, list[tuple[float, int]]] = {}
    for unit in olds:
        votes: dict[int, float] = {}
        for key in _keys(unit):
            hits = postings.get(key)
            if hits and len(hits) <= MAX_DF:
                weight = 1.0 / df[key]
                for j in hits:
                    votes[j] = votes.get(j, 0.0) + weight
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:top_k]
        for j, score in ranked:
            pairs.add((unit.index, j))
            best_for_new.setdefault(j, []).append((-score, unit.index))
    keep: set[tuple[int, int]] = set()
    for j, scored in best_for_new.items():
        keep.update((i, j) for _, i in sorted(scored)[:top_k])
    return pairs & keep


def all_pairs(olds: Iterable[Unit], news: Sequence[Unit]) -> set[tuple[int, int]]:
    return {(a.index, b.index) for a in olds for b in news}
