"""Titles (levels) of a class series: canonical form, aliases, and finding them in the text.

A reviewer must not see "CMS 2 (HBE)" and "CONTRACT MANAGEMENT SPECIALIST 2 (HEALTH BENEFIT
EXCHANGE)" as different things, so every title gets one canonical mixed-case full form and a set
of aliases derived from its own words: the initials of the title words and of the parenthesised
qualifier, upper and lower case, and any abbreviation the document defines for them. Nothing
here knows any particular title; it only knows how titles are built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from ..model import Title
from ..model.identity import title_key
from .rows import is_caps, key

_SMALL = {"of", "and", "the", "for", "to", "in", "a", "an", "or", "on", "at", "by", "with", "per", "de"}
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_SHAPE = re.compile(r"^(?P<main>.*?)(?:\s+(?P<num>\d{1,2}|[IVX]{1,4}))?\s*(?:\((?P<qual>[^()]+)\))?$")


def canonical_case(text: str, known_upper: frozenset[str] = frozenset()) -> str:
    """Mixed case for a title printed in capitals; mixed-case titles are kept as printed.

    Acronyms stay upper case when the document also prints them in capitals inside running text
    (``known_upper``) or when they are roman numerals.
    """
    text = " ".join(text.split())
    if not is_caps(text):
        return text
    out = []
    for i, token in enumerate(re.split(r"(\s+|[()/,\u2013\u2014-])", text)):
        bare = token.strip()
        if not bare or not any(c.isalpha() for c in bare) or _ROMAN.match(bare) or bare in known_upper:
            out.append(token)
        elif i > 0 and bare.lower() in _SMALL:
            out.append(token.lower())
        else:
            out.append(token[:1].upper() + token[1:].lower())
    return "".join(out)


def initials(text: str) -> str:
    """ "Contract Management Specialist" -> "CMS"; small words do not count."""
    ws = [w for w in re.findall(r"[A-Za-z][A-Za-z'\u2019]*", text) if w.lower() not in _SMALL]
    return "".join(w[0].upper() for w in ws)


def title_parts(title: str) -> tuple[str, str | None, str | None]:
    """(main words, level number, parenthesised qualifier) of a title."""
    m = _SHAPE.match(title.strip())
    if not m:
        return title, None, None
    return m.group("main").strip(" ,"), m.group("num"), m.group("qual")


def derive_aliases(title: str, definitions: Mapping[str, str] = {}) -> tuple[str, ...]:
    """Every other way a document may print ``title``."""
    main, num, qual = title_parts(title)
    main_abbrs = {initials(main)} if len(initials(main)) >= 2 else set()
    qual_abbrs = {initials(qual)} if qual and len(initials(qual)) >= 2 else set()
    for abbr, expansion in definitions.items():
        if _same_words(expansion, main):
            main_abbrs.add(abbr)
        if qual and _same_words(expansion, qual):
            qual_abbrs.add(abbr)
    mains = [main, *sorted(main_abbrs)]
    quals: list[str | None] = [qual, *sorted(qual_abbrs)] if qual else [None]
    forms: list[str] = []
    for m in mains:
        for q in quals:
            form = " ".join(p for p in (m, num) if p)
            forms.append(f"{form} ({q})" if q else form)
        if qual and num and m != main:
            forms.append(f"{m} {num}")
    forms += [title.upper(), title.lower()]
    seen: dict[str, None] = {}
    for form in forms:
        if form != title and len(key(form)) >= 3:
            seen.setdefault(form, None)
    return tuple(seen)


def _same_words(expansion: str, words: str) -> bool:
    a, b = key(expansion), key(words)
    return a == b or a.rstrip("s") == b or a == b.rstrip("s")


def slug(title: str, taken: Iterable[str] = ()) -> str:
    """A short readable id for a title: initials and level ("cms-2"), longer when needed."""
    main, num, qual = title_parts(title)
    base = (initials(main) or key(main)[:8] or "t").lower()
    candidates = [
        "-".join(p for p in (base, (num or "").lower()) if p),
        "-".join(p for p in (base, (num or "").lower(), initials(qual or "").lower()) if p),
        key(title).replace(" ", "-")[:40],
    ]
    taken = set(taken)
    for cand in candidates:
        if cand and cand not in taken:
            return cand
    n = 2
    while f"{candidates[-1]}-{n}" in taken:
        n += 1
    return f"{candidates[-1]}-{n}"


@dataclass(frozen=True)
class TitleIndex:
    """Finds title mentions: alias key -> canonical title."""

    by_key: Mapping[str, str]

    @cached_property
    def _last_words(self) -> frozenset[str]:
        return frozenset(k[k.rfind(" ") + 1 :] for k in self.by_key)

    @classmethod
    def of(cls, titles: Iterable[Title]) -> TitleIndex:
        table: dict[str, str] = {}
        for t in titles:
            for form in (t.title, *t.aliases):
                table.setdefault(title_key(form), t.title)
        return cls(table)

    def whole(self, text: str) -> str | None:
        """The title ``text`` names in full (case, spacing and punctuation ignored)."""
        return self.by_key.get(title_key(text)) if text else None

    def leading(self, text: str) -> tuple[str, str] | None:
        """(title, rest) when a row opens with a title: "TITLE", "TITLE:", "TITLE: text"."""
        found = self.whole(text)
        if found:
            return found, ""
        m = re.match(r"^(.{3,120}?)\s*[:\u2013\u2014]\s*(.*)$", text)
        if m:
            found = self.whole(m.group(1))
            if found:
                return found, m.group(2).strip()
        return None

    def trailing(self, text: str) -> tuple[str, str] | None:
        """(head, title) when a heading ends with a title: "Knowledge and Skills <title>"."""
        k = title_key(text)
        if k[k.rfind(" ") + 1 :] not in self._last_words:  # a trailing alias ends on the heading's last word
            return None
        # The longest alias ``k`` ends with (after a space), found by looking up each suffix that
        # follows a space, longest first: one dict look-up per word of the heading instead of a
        # sort and a scan of every alias of the document for every heading.
        start = k.find(" ")
        while start >= 0:
            alias_key = k[start + 1 :]
            if alias_key in self.by_key and len(k) > len(alias_key) + 3:
                return k[: -len(alias_key)].strip(), self.by_key[alias_key]
            start = k.find(" ", start + 1)
        return None


def make_titles(
    found: Iterable[tuple[str, str | None, str | None]],
    definitions: Mapping[str, str] = {},
    known_upper: frozenset[str] = frozenset(),
) -> tuple[Title, ...]:
    """Titles from (printed title, code, grade) triples; duplicates merge, ids are slugs."""
    merged: dict[str, list[str | None]] = {}
    order: list[str] = []
    for printed, code, grade in found:
        canonical = canonical_case(printed, known_upper)
        k = title_key(canonical)
        if not k:
            continue
        if k not in merged:
            merged[k] = [canonical, code, grade]
            order.append(k)
        else:
            entry = merged[k]
            if entry[0] and is_caps(entry[0]) and not is_caps(canonical):
                entry[0] = canonical
            entry[1] = entry[1] or code
            entry[2] = entry[2] or grade
    titles: list[Title] = []
    for k in order:
        name, code, grade = merged[k]
        assert name is not None
        tid = slug(name, (t.id for t in titles))
        titles.append(Title(tid, name, code, grade, derive_aliases(name, definitions)))
    return _unambiguous(titles)


def _unambiguous(titles: list[Title]) -> tuple[Title, ...]:
    """Drop an alias two titles share ("APCS" for Specialist and Supervisor): it names neither."""
    counts: dict[str, int] = {}
    for t in titles:
        for k in {title_key(a) for a in t.aliases} | {title_key(t.title)}:
            counts[k] = counts.get(k, 0) + 1
    return tuple(
        Title(t.id, t.title, t.code, t.grade, tuple(a for a in t.aliases if counts[title_key(a)] == 1)) for t in titles
    )
