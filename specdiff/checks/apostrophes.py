"""Possessive apostrophes lost in text extraction: "Department of Healths", "a physicians office".

No list of words: three rules read the English lookup tables that ship with spaCy
(spacy-lookups-data: the lemma lookup and the lemma index) and the documents themselves.

1. *Not a word*: "Healths" is no inflection English knows, but "health" is a noun; a word that is
   a known noun plus an unknown "s", followed directly by another word, reads as a possessive.
2. *Singular determiner*: "a physicians office", "a bachelors degree": a regular plural of a
   person noun (physician, bachelor, employee, applicant...) cannot follow "a" or "each" unless it
   was a possessive.
3. *Evidence*: the same document, or another version of it, prints the possessive ("Health's",
   "physician's groups"); the word without its apostrophe, before the same next word, is lost,
   unless the bare form is the more common one (a body named "Standards Board", once misprinted
   "Standard's Board", is not a lost apostrophe).

Every rule needs the candidate followed by a word with only a space between, as a possessive is.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from ..errors import SpecdiffError

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_POSSESSIVE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)['’]s(?![A-Za-z])(?:[ \t]+([A-Za-z]+))?")
_BARE_PAIR = re.compile(r"(?<![A-Za-z'’])([A-Za-z]+)s(?=[ \t]+([A-Za-z]+))")
SINGULAR_DETERMINERS = frozenset({"a", "an", "each", "every", "another", "one", "this"})
PERSON_SUFFIXES = ("er", "or", "ian", "ist", "ant", "ent", "ee")
# Closed-class English words: a possessive is followed by what it owns, never by one of these.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "can",
        "could",
        "not",
        "no",
        "if",
        "when",
        "where",
        "while",
        "who",
        "also",
        "only",
        "such",
        "these",
        "those",
        "this",
        "there",
        "their",
        "its",
    ]
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the rules ask of English: inflected forms with their lemma, and known base forms."""

    inflections: dict[str, str]
    nouns: frozenset[str]
    base_forms: frozenset[str]

    def is_word(self, lower: str) -> bool:
        return lower in self.inflections or lower in self.base_forms

    def regular_plural_of(self, lower: str) -> str | None:
        """The singular when ``lower`` is listed as its regular "-s" plural."""
        lemma = self.inflections.get(lower)
        return lemma if lemma is not None and lemma + "s" == lower else None


@cache
def english_lexicon() -> Lexicon:
    """spaCy's English lookup tables (spacy-lookups-data); loaded once, about 0.1 s."""
    spec = find_spec("spacy_lookups_data")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        raise SpecdiffError("spacy-lookups-data is not installed: reinstall specdiff")
    data = Path(spec.origin).parent / "data"

    def load(name: str) -> dict[str, object]:
        with gzip.open(data / f"en_{name}.json.gz", "rt", encoding="utf-8") as fh:
            table: dict[str, object] = json.load(fh)
        return table

    lookup = {k: str(v) for k, v in load("lemma_lookup").items()}
    index = load("lemma_index")
    base: set[str] = set()
    for words in index.values():
        base.update(str(w) for w in words)  # type: ignore[attr-defined]
    nouns = frozenset(str(w) for w in index["noun"])  # type: ignore[attr-defined]
    return Lexicon(lookup, nouns, frozenset(base))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Possessives printed somewhere: the owners ("health"), and how often each owner-next-word
    pair is printed with the apostrophe (``pairs``) and without it (``bare``)."""

    owners: frozenset[str]
    pairs: Counter[tuple[str, str]]
    bare: Counter[tuple[str, str]]

    def prefers_possessive(self, owner: str, nxt: str) -> bool:
        seen = self.pairs[(owner, nxt)]
        return seen > 0 and seen >= self.bare[(owner, nxt)]


def gather_evidence(texts: Iterable[str]) -> Evidence:
    owners: set[str] = set()
    pairs: Counter[tuple[str, str]] = Counter()
    bare: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for m in _POSSESSIVE.finditer(text):
            owners.add(m[1].lower())
            if m[2]:
                pairs[(m[1].lower(), m[2].lower())] += 1
        for m in _BARE_PAIR.finditer(text):
            bare[(m[1].lower(), m[2].lower())] += 1
    return Evidence(frozenset(owners), pairs, bare)


@dataclass(frozen=True, slots=True)
class LostApostrophe:
    """One suspect: its offsets in the text, the words printed, what was probably meant, and why."""

    start: int
    end: int
    printed: str
    suggestion: str
    rule: str


def find_lost_apostrophes(text: str, evidence: Evidence, lexicon: Lexicon | None = None) -> Iterator[LostApostrophe]:
    """Each word in ``text`` that reads as a possessive whose apostrophe was lost."""
    lex = lexicon or english_lexicon()
    tokens = list(_TOKEN.finditer(text))
    for i, tok in enumerate(tokens):
        word = tok[0]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or not _only_space(text[tok.end() : nxt.start()]) or not _candidate(word):
            continue
        prev = tokens[i - 1] if i > 0 and _only_space(text[tokens[i - 1].end() : tok.start()]) else None
        rule = _rule(word.lower(), prev[0].lower() if prev else None, nxt[0].lower(), evidence, lex)
        if rule and rule.startswith("'") and _name_pair(word, nxt[0], word.lower()):
            continue
        if rule:
            owner = word[:-1]
            yield LostApostrophe(tok.start(), nxt.end(), f"{word} {nxt[0]}", f"{owner}'s {nxt[0]}", rule)


def _name_pair(word: str, nxt: str, lower: str) -> bool:
    """ "Dobbins Air Reserve Base": a capitalised word before another one is a name when English
    prints it capitalised at least as often as in lower case (spaCy's word frequencies), as it
    does surnames and place names; "Agricultures" or "Physicians" are not printed so."""
    if not (word[:1].isupper() and nxt[:1].isupper()):
        return False
    probs = _frequencies()
    cased = probs.get(word)
    return cased is not None and cased >= probs.get(lower, float("-inf"))


@cache
def _frequencies() -> dict[str, float]:
    """spaCy's English log word frequencies (spacy-lookups-data), cased; loaded only when a
    capitalised candidate needs them (about a second)."""
    spec = find_spec("spacy_lookups_data")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return {}
    path = Path(spec.origin).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, float] = json.load(fh)
    return table


def _only_space(gap: str) -> bool:
    return bool(gap) and not gap.strip(" \t")


def _candidate(word: str) -> bool:
    """Long enough, ending in a plain "s" (not "ss", "us", "is", "as"), not an acronym plural."""
    if len(word) < 4 or "'" in word or "’" in word or word.isupper():
        return False
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "as")) and not word[:-1].isupper()


def _rule(lower: str, prev: str | None, nxt: str, evidence: Evidence, lex: Lexicon) -> str | None:
    stem = lower[:-1]
    if nxt in FUNCTION_WORDS:
        return None
    if evidence.prefers_possessive(stem, nxt):
        return "the possessive is printed elsewhere"
    if not lex.is_word(lower):
        if stem in evidence.owners:
            return "the possessive is printed elsewhere"
        if stem in lex.nouns:
            return f"'{lower}' is not an English word but '{stem}' is a noun"
    if prev in SINGULAR_DETERMINERS and lex.regular_plural_of(lower) == stem and stem.endswith(PERSON_SUFFIXES):
        return f"a plural cannot follow '{prev}'"
    return None


__all__ = ["Evidence", "LostApostrophe", "english_lexicon", "find_lost_apostrophes", "gather_evidence"]
