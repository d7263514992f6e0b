"""The identify step of the corpus: which series a parsed standard belongs to, and where it sits
in that series' history.

The parser is the authority: it reports titles (with occupation codes and aliases), the printed
date and the status. Where it reports none (a generic document), a few label-driven fallbacks
read them from the document's first and last lines ("Occ. Code", "Class Code", "Date:",
"Revised", a "Tentative" banner). They look for labels any jurisdiction uses, never for the
words of particular documents, and every fact says where it came from.

Identification follows the issue's order: occupation codes first, then titles and aliases. A
title match is refused when both sides carry codes and the codes differ: two classes with one
title in two jurisdictions are different series, and merging them would hide a history.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import STATUSES, Document
from ..model.identity import parse_date, status_rank, title_key, without_grade

_HEAD = 40  # text items searched for header facts (codes, titles, status)
_TAIL = 25  # ... and at the end (dates are often printed in a footer)

_DATE_LABEL = re.compile(
    r"\b(?:date[ds]?|revised|revision|rev\.|effective|adopted|established|issued|approved|updated|amended|"
    r"last\s+evaluated)\b[\s:.,-]*(?:[a-z]+[\s:.,-]+){0,3}?(?=[0-9a-z])",
    re.I,
)
# Every label _DATE_LABEL knows holds one of these, lower-cased. In ASCII text (where ignoring case
# is lower-casing) a line without any cannot match; other text is searched whatever it holds.
_DATE_STEMS = (
    "date",  # also "dated", "dates", "updated"
    "revis",
    "rev.",
    "effective",
    "adopted",
    "established",
    "issued",
    "approved",
    "amended",
    "evaluated",
)
_CODE = re.compile(
    r"\b(?:occ(?:upation(?:al)?)?\.?|class(?:ification)?|job|title)\s+(?:code|id|no\.?|number)\b\s*[:#.]?\s*"
    r"(?P<code>[a-z]{0,3}-?\d{3,10})(?!\d)",
    re.I,
)
_STATUS_WORD = re.compile(r"\b(tentative|draft|proposed)\b", re.I)
_DOCUMENT_WORD = re.compile(
    r"\b(?:classification|class|standard|specification|description|version|revision|copy|bulletin)\b", re.I
)
_LABELLED_TITLE = re.compile(r"^(?P<label>[A-Z][A-Z ]+?)\s+[-\u2013\u2014:]\s+(?P<title>.*[a-z].*)$")
_GRADED_START = re.compile(r"^(?P<title>[^:;]{3,90}?)[,\s]+(?:salary\s+|pay\s+)?grade\b", re.I)
_TRAILING_CODE = re.compile(r"\s+\d{4,10}\s*$")
_ORGANISATION = re.compile(
    r"\b(?:department|division|commission|board|bureau|agency|government|state of|county of|city of|"
    r"classification|standard|specification|bulletin|job description|position description)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the corpus needs to know about one parsed standard."""

    title: str | None
    codes: tuple[str, ...]
    keys: tuple[str, ...]
    date: str | None
    status: str
    content: str
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SeriesKeys:
    """An existing series as identification sees it: its codes and title keys over all versions."""

    name: str
    codes: frozenset[str]
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class Match:
    series: str | None
    reason: str


def _items(doc: Document) -> list[str]:
    """The document's text in reading order: each heading, then its clauses."""
    out: list[str] = []
    for section in doc.sections:
        if section.heading:
            out.append(section.heading)
        out.extend(c.text for c in section.walk() if c.text)
    return out


def printed_date(doc: Document, items: Sequence[str]) -> tuple[str | None, str]:
    """The parser's date, else the latest labelled date in the header or footer."""
    if doc.date:
        return parse_date(doc.date) or doc.date, "date from the parser"
    found: list[str] = []
    for item in list(items[:_HEAD]) + list(items[-_TAIL:]):
        lower = item.lower()
        if item.isascii() and not any(stem in lower for stem in _DATE_STEMS):
            continue  # most lines name no date: skip the search
        for label in _DATE_LABEL.finditer(item):
            iso = parse_date(item[label.end() : label.end() + 40].split(";")[0].split(",  ")[0])
            if iso:
                found.append(iso)
    if not found:
        return None, "no printed date found"
    return max(found), "date from a labelled date line"


def status_of(doc: Document, items: Sequence[str]) -> tuple[str, str]:
    if doc.status in STATUSES:
        return doc.status, "status from the parser"
    for item in items[:12]:
        match = _STATUS_WORD.search(item)
        words = item.split()
        # A banner, not a duty that drafts something: the word alone, or beside a document word.
        if match and len(words) <= 6 and (len(words) == 1 or _DOCUMENT_WORD.search(item)):
            word = match.group(1).lower()
            return ("draft" if word == "proposed" else word), f"status from the banner {item.strip()[:40]!r}"
    return "final", "no draft or tentative banner: final"


def codes_of(doc: Document, items: Sequence[str]) -> tuple[tuple[str, ...], str]:
    codes = [t.code.strip().upper() for t in doc.titles if t.code and t.code.strip()]
    if codes:
        return tuple(dict.fromkeys(codes)), "codes from the parser's titles"
    found = [m.group("code").upper() for item in items[:_HEAD] for m in _CODE.finditer(item)]
    return tuple(dict.fromkeys(found)), ("codes from a labelled code line" if found else "no occupation code found")


def title_of(doc: Document, items: Sequence[str]) -> tuple[str | None, tuple[str, ...], str]:
    """The series' display title and every title or alias it goes by."""
    if doc.titles:
        names = [n for t in doc.titles for n in (t.title, *t.aliases) if n]
        return clean_title(doc.titles[0].title), tuple(names), "titles from the parser"
    from ..parsers.headings import kind_of

    head = [" ".join(i.split()) for i in items[:15]]
    candidates = [i for i in head if _title_like(i) and kind_of(i.rstrip(":")) == "other"]
    graded = [m.group("title") for i in head if (m := _GRADED_START.match(i)) and _title_like(m.group("title"))]
    title = clean_title(graded[0] if graded else candidates[0]) if candidates else None
    return title, ((title,) if title else ()), ("title from the first title-like line" if title else "no title found")


def _title_like(item: str) -> bool:
    s = item.strip()
    words = s.split()
    return (
        0 < len(words) <= 14
        and any(c.isalpha() for c in s)
        and ":" not in s
        and not s.endswith((".", ";", ","))
        and not _CODE.search(s)
        and not _ORGANISATION.search(s)
        and not _STATUS_WORD.search(s)
    )


def clean_title(title: str) -> str:
    """A title without its grade, trailing code or capitalised label ("POSITION SUMMARY – "), in
    mixed case if it was printed in capitals."""
    title = " ".join(title.split())
    labelled = _LABELLED_TITLE.match(title)
    if labelled:
        title = labelled.group("title")
    title = without_grade(title)
    title = _TRAILING_CODE.sub("", title).strip(" ,")
    if title.isupper():
        title = re.sub(r"[A-Za-z][A-Za-z'\u2019]*", lambda m: m.group().capitalize(), title)
        title = re.sub(r"(?<=\s)(And|Of|The|For|In|To|Or|A|An)\b", lambda m: m.group(1).lower(), title)
    return title


def content_hash(doc: Document, date: str | None, status: str, items: Sequence[str] | None = None) -> str:
    """The same standard read from another file format hashes the same: only words count.
    ``items``: the document's :func:`_items`, if the caller has them."""
    words = "".join(f"{word_form(item)}\n" for item in (_items(doc) if items is None else items))
    return hashlib.sha256(f"{date}|{status}|{words}".encode()).hexdigest()


class _Spaces(dict[int, int]):
    """A ``str.translate`` table that maps every character that is not a word character of
    ``re``'s ``\\w`` (a letter or digit by ``str.isalnum``, or the underscore) to a space; each
    character is decided once and remembered."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        self[code] = code if char.isalnum() or char == "_" else 32
        return self[code]


_SPACES = _Spaces()


def word_form(text: str) -> str:
    """The words of ``text``, case-folded, one space between them: every run of characters
    that are not word characters becomes one space, and the ends are trimmed.

    Done as a translation (non-word characters to spaces) and a split on whitespace rather than
    by a regular expression: identification hashes every line of every document it files, and
    the substitution was a fifth of what ``corpus add`` does beside parsing and comparing."""
    return " ".join(text.casefold().translate(_SPACES).split())


def facts_of(doc: Document) -> Facts:
    """Everything identification and ordering need, from one parsed document (pure)."""
    items = _items(doc)
    date, date_why = printed_date(doc, items)
    status, status_why = status_of(doc, items)
    codes, codes_why = codes_of(doc, items)
    title, names, title_why = title_of(doc, items)
    keys = tuple(dict.fromkeys(k for k in (title_key(n) for n in names) if k))
    return Facts(
        title=title,
        codes=codes,
        keys=keys,
        date=date,
        status=status,
        content=content_hash(doc, date, status, items),
        reasons=(codes_why, title_why, date_why, status_why),
    )


def identify(facts: Facts, series: Iterable[SeriesKeys]) -> Match:
    """The series a standard belongs to: by shared occupation code, else by title or alias."""
    known = list(series)
    codes = set(facts.codes)
    by_code = sorted((-len(codes & s.codes), s.name) for s in known if codes & s.codes)
    if by_code:
        name = by_code[0][1]
        return Match(name, f"occupation code {', '.join(sorted(codes & _codes(known, name)))}")
    keys = set(facts.keys)
    by_title = sorted((-len(keys & s.keys), s.name) for s in known if keys & s.keys)
    compatible = [(n, name) for n, name in by_title if not (codes and _codes(known, name))]
    if compatible:
        name = compatible[0][1]
        return Match(name, "title " + repr(sorted(keys & next(s.keys for s in known if s.name == name))[0]))
    if by_title:
        other = by_title[0][1]
        why = f"title matches series {other} but the occupation codes differ; --series {other} adds it there"
        return Match(None, why)
    return Match(None, "no series with its occupation code or title")


def _codes(known: list[SeriesKeys], name: str) -> frozenset[str]:
    return next(s.codes for s in known if s.name == name)


def sort_key(date: str | None, status: str, as_of: str | None, name: str) -> tuple[str, int, str, int, str]:
    """Order of versions: printed date, then status (draft, tentative, final), then --as-of."""
    return (date or as_of or "", status_rank(status), as_of or "", len(name), name)


__all__ = [
    "Facts",
    "Match",
    "SeriesKeys",
    "clean_title",
    "facts_of",
    "identify",
    "sort_key",
]
