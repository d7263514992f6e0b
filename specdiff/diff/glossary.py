"""Abbreviations both versions agree on, so "CMS 2 (HBE)" and the full title compare as one.

A reviewer does not care whether a title is written in full or abbreviated; a line diff does.
The glossary is built from both documents at once (titles with their aliases, the definitions
the parser found, and "Long Form (LF)" pairs written inline in the text), so an abbreviation
defined in one version also expands in the other. Keys and expansions are token tuples in the
comparison form (see :mod:`specdiff.diff.normalize`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Document

Tokens = tuple[str, ...]

# Words an acronym may skip ("Code of Federal Regulations" -> CFR); any of them may also count.
_SKIPPABLE = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})
_PAREN = re.compile(r"\(([^()]{1,80})\)")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{0,9}[A-Z]s?$")
_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+")


_APOSTROPHES = re.compile(r"[\u2019\u2018'`\u02bc]")


def word_tokens(text: str) -> Tokens:
    """Lower-cased word tokens, apostrophes dropped ("Health's" -> "healths"). It runs on every
    parenthetical and the text before it, every title and heading: an ASCII text (most of them)
    is lower-cased whole, where casefold and lower agree and no letter changes its length, so
    the words found are the same."""
    text = _APOSTROPHES.sub("", text)
    if text.isascii():
        return tuple(_WORD.findall(text.lower()))
    return tuple(map(str.casefold, _WORD.findall(text)))


def initials_match(abbr: str, words: Sequence[str]) -> bool:
    """True when ``abbr``'s letters are the initials of ``words`` in order; short function
    words may be skipped or counted (NYSOH = New York State of Health, CFR = Code of Federal
    Regulations). Every other word must give its initial: no letters from inside words."""
    letters = [c.lower() for c in abbr if c.isalpha()]
    if letters and letters[-1] == "s" and abbr.endswith("s") and len(letters) > 2:
        letters = letters[:-1]  # plural acronym: "CMSs"

    def walk(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j].lower()
        if i < len(letters) and word[:1] == letters[i] and walk(i + 1, j + 1):
            return True
        return word in _SKIPPABLE and walk(i, j + 1)

    return len(letters) >= 2 and bool(words) and walk(0, 0)


def inline_definitions(text: str) -> Iterable[tuple[str, str]]:
    """(abbreviation, long form) pairs written as "Long Form (LF)" or "LF (Long Form)"."""
    for match in _PAREN.finditer(text):
        inner = match.group(1).strip()
        before = re.findall(r"[A-Za-z0-9&]+", text[max(0, match.start() - 120) : match.start()])
        if _ACRONYM.match(inner):
            letters = sum(c.isalpha() for c in inner)
            for size in range(1, min(len(before), letters + 3) + 1):
                words = before[-size:]
                if initials_match(inner, words):
                    yield inner, " ".join(words)
                    break
        elif before and _ACRONYM.match(before[-1]):
            words = re.findall(r"[A-Za-z0-9&]+", inner)
            if initials_match(before[-1], words):
                yield before[-1], " ".join(words)


@dataclass(frozen=True)
class Glossary:
    """Token-level rewrite rules: each key expands to its long form (longest key wins)."""

    entries: dict[Tokens, Tokens] = field(default_factory=dict)
    _known: frozenset[Tokens] = field(default_factory=frozenset, repr=False)
    _by_first: dict[str, tuple[Tokens, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> Glossary:
        """Build from (term, expansion) pairs; the first expansion given for a term wins, and a
        term without letters (a bare footnote number) is ignored: it would rewrite every "1"."""
        entries: dict[Tokens, Tokens] = {}
        for term, expansion in pairs:
            key, value = word_tokens(term), word_tokens(expansion)
            if not key or not value or key == value or not any(c.isalpha() for c in "".join(key)):
                continue
            entries.setdefault(key, value)
        by_first: dict[str, list[Tokens]] = {}
        for key in entries:
            by_first.setdefault(key[0], []).append(key)
        ordered = {k: tuple(sorted(v, key=lambda t: (-len(t), t))) for k, v in by_first.items()}
        return cls(entries, frozenset(entries) | frozenset(entries.values()), ordered)

    def expand_text(self, text: str) -> str:
        """Expand every known term in a string of comparison tokens separated by spaces."""
        return " ".join(self.expand(text.split())) if self.entries else text

    def expand(self, tokens: Sequence[str]) -> Tokens:
        """Replace every known term by its expansion, longest match first, left to right.

        Cost does not grow with the glossary: a C-level scan finds the tokens that start some
        term (a set lookup each) and only those positions are examined in Python. A regex
        alternation of every term was tried first; ``re`` tries alternatives one by one, so a
        300-standard glossary made it the slowest step of a comparison."""
        by_first = self._by_first
        starts = [i for i, t in enumerate(tokens) if t in by_first]
        if not starts:
            return tuple(tokens)
        out: list[str] = []
        i = 0
        for start in starts:
            if start < i:
                continue
            out.extend(tokens[i:start])
            i = start
            for key in by_first[tokens[start]]:
                if tuple(tokens[start : start + len(key)]) == key:
                    out.extend(self.entries[key])
                    i = start + len(key)
                    break
        out.extend(tokens[i:])
        return tuple(out)

    def knows(self, tokens: Tokens) -> bool:
        """Is this a term or a long form of one (so a parenthetical of it may be a definition)?"""
        return tokens in self._known


def document_pairs(doc: Document) -> Iterable[tuple[str, str]]:
    """Everything one document says about its own abbreviations, most trusted first."""
    for title in doc.titles:
        for alias in title.aliases:
            yield alias, title.title
    for definition in doc.definitions:
        yield definition.term, definition.expansion
        # a footnote "[1] CFR Code of Federal Regulations" keeps its acronym in the expansion
        head, _, rest = definition.expansion.strip().partition(" ")
        if _ACRONYM.match(head) and initials_match(head, rest.split()):
            yield head, rest


def build_glossary(*docs: Document) -> Glossary:
    """One glossary for a comparison: the tables of both documents, then inline definitions."""
    pairs: list[tuple[str, str]] = []
    for doc in docs:
        pairs.extend(document_pairs(doc))
    for doc in docs:
        for section, clause in doc.clauses():
            pairs.extend(inline_definitions(clause.text))
            pairs.extend(inline_definitions(section.heading))
    return Glossary.of(pairs)
