"""Document facts printed around the text: status, date, jurisdiction, abbreviations, footnotes.

Status and date are compared by the diff as metadata changes, so they are read exactly as
printed ("5/18", "3/2024"). Abbreviations the document defines ("Contract Management Specialists
(CMS)") and its footnotes ("[1] CFR Code of Federal Regulations") go into ``definitions`` because
the diff expands them before comparing two versions that spell the same thing differently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Definition
from .rows import Row

_STATUS = (
    ("tentative", re.compile(r"\btentative\b", re.I)),
    ("draft", re.compile(r"\b(?:draft|proposed)\b", re.I)),
    ("final", re.compile(r"\b(?:final|adopted|approved)\b", re.I)),
)
_DATE_VALUE = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}/\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},\s+)?\d{4}|\d{4})"
)
# Labels in order of preference: the date a standard carries beats the date a page was updated.
_DATE_LABELS = (
    r"date",
    r"revised|revision date|rev\.?",
    r"date last evaluated|last evaluated",
    r"effective(?: date)?|adopted|approved",
    r"(?:series )?established|open date",
    r"updated|last updated",
    r"date posted|posting date|posted(?: on)?|opening date",
)
# A posting's own dates are part of what it announces (a reviewer must see a new closing date as a
# change), so their lines stay clauses: they set the document's date only when nothing better does.
_KEPT_RANKS = frozenset({len(_DATE_LABELS) - 1})
_ORG_WORDS = r"(?:Department|Division|Office|Board|Personnel|Civil|Ministry|Agency)\b"
_JURISDICTION = (
    re.compile(
        r"\b(?P<n>(?:New |North |South |West |Rhode )?[A-Z][a-z]+ State)\b"
        r"(?= (?:Department|Personnel|Civil|Board|Office|Division))"
    ),
    re.compile(
        r"\b(?:State|City|County|Province|Commonwealth|Government|Town|Village) of (?:the )?"
        rf"(?P<n>(?:(?!{_ORG_WORDS})[A-Z][a-z]+ ){{0,2}}(?!{_ORG_WORDS})[A-Z][a-z]+)"
    ),
    re.compile(r"\b(?P<n>(?:[A-Z][a-z]+ ){0,2}(?:County|Parish|Borough))\b"),
)
_ABBR = re.compile(r"\((?P<abbr>[A-Z][A-Za-z&]{1,9}?)(?:['\u2019]s)?\)")
_FOOTNOTE = re.compile(r"^\[(?P<n>\d{1,2})\]\s*(?P<text>\S.*)$")
_STOP = {"of", "and", "the", "for", "to", "in", "a", "an", "on", "at", "&"}


_DOC_NOUNS = (
    r"(?:classification|class|position|job|standards?|specifications?|specs?|descriptions?|series|copy"
    r"|version|revision|document|for review|for comment)"
)
_STATUS_WORDS = r"(?P<s>tentative|draft|proposed|final|adopted|approved)"
# The status stands on its own line, labelled, or beside what the document is ("Tentative
# Classification Standard", "Class Specification (Draft)"): a body sentence that merely uses the
# word ("Draft permit conditions ...") is not a status.
_STATUS_LINES = (
    re.compile(rf"^[\W_]*(?:status\s*:\s*)?{_STATUS_WORDS}[\W_]*(?:(?:{_DOC_NOUNS})\b[\W_]*)*$", re.I),
    re.compile(rf"^[\W_]*(?:(?:{_DOC_NOUNS})\b[\W_]*)+[(\[\u2013\u2014-]*\s*{_STATUS_WORDS}[)\]]?[\W_]*$", re.I),
)


# A label at the start of the line, or after a ';' or ',' ("Established 7/25/1973; Revised 8/4/1998").
_DATE_PATTERNS = tuple(
    re.compile(rf"(?:^|[;,])[\W_]*\b(?P<l>{label})\s*:?\s*(?P<v>{_DATE_VALUE})\b", re.I) for label in _DATE_LABELS
)
_DIGIT = re.compile(r"\d")


def _status_word(text: str) -> str | None:
    for pattern in _STATUS_LINES:
        if m := pattern.match(text):
            return m.group("s").lower()
    return None


def find_status(rows: Sequence[Row], *, limit: int = 40) -> str | None:
    """The status a document's header block prints (Tentative, Draft, ...)."""
    found = {word for r in rows[:limit] if len(r.text) < 80 and (word := _status_word(r.text))}
    for status, pattern in _STATUS:
        if any(pattern.fullmatch(word) for word in found):
            return status
    return None


def find_date(rows: Sequence[Row]) -> tuple[str | None, set[int]]:
    """(date as printed, lines of every short date field) from the most authoritative date label
    the document carries; the fields are metadata, not clauses.

    A document prints its own date once (or the same date on every page); a label printed with
    two or more different dates labels the entries of a list (info sessions, exam dates, a
    history of revisions) and says nothing about which one is the document's, so it decides no
    date and its lines stay clauses, where a reviewer sees an entry added or changed."""
    found: list[tuple[int, str, str, int, bool]] = []  # (rank, label, value, line, short)
    for row in rows:
        if len(row.text) >= 120 or not _DIGIT.search(row.text):  # every date value has a digit
            continue
        for rank, pattern in enumerate(_DATE_PATTERNS):
            m = pattern.search(row.text)
            if m:
                label = " ".join(m.group("l").casefold().split())
                found.append((rank, label, m.group("v").strip(), row.index, len(row.text.split()) <= 6))
                break
    values: dict[str, set[str]] = {}
    for _, label, value, _, _ in found:
        values.setdefault(label, set()).add(" ".join(value.casefold().split()))
    listed = {label for label, seen in values.items() if len(seen) > 1}
    dates = [(rank, value) for rank, label, value, _, _ in found if label not in listed]
    best = min(dates, default=None, key=lambda x: x[0])
    kept = [(rank, label, line) for rank, label, _, line, short in found if short and label not in listed]
    fields = {line for rank, _, line in kept if rank not in _KEPT_RANKS}
    return (best[1] if best else None), fields


def find_jurisdiction(rows: Sequence[Row]) -> str | None:
    """The government the document names first ("New York State", "Dutchess County", ...)."""
    for pattern in _JURISDICTION:
        for row in rows:
            m = pattern.search(row.text)
            if m:
                name = (
                    m.group(0)
                    if m.group(0).split()[0] in {"State", "City", "Province", "Commonwealth", "Town"}
                    else m.group("n")
                )
                return name.removeprefix("Government of ").strip()
    return None


def abbreviations(texts: Sequence[str]) -> dict[str, str]:
    """Abbreviations defined in running text: the words before "(ABBR)" whose initials spell it."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _ABBR.finditer(text):
            abbr = m.group("abbr")
            if abbr in found or sum(c.isupper() for c in abbr) < 2:
                continue
            before = text[: m.start()].rstrip()
            if before.endswith(")"):  # "(Health Benefit Exchange) (HBE)"
                inner = re.search(r"\(([^()]+)\)$", before)
                before = inner.group(1) if inner else before
            expansion = _expansion(abbr, before)
            if expansion:
                found[abbr] = expansion
    return found


def _expansion(abbr: str, before: str) -> str | None:
    letters = [c for c in abbr if (c.isalpha() and c.isupper()) or c == "&"]
    ws = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*|&", before)[-(len(abbr) + 4) :]
    for start in range(len(ws) - 1, -1, -1):
        chunk = ws[start:]
        if not chunk[0][0].isupper():
            continue
        if _spells(letters, chunk):
            return " ".join(chunk)
    return None


def _spells(letters: list[str], chunk: list[str]) -> bool:
    """True when the words' initials spell the letters, small words optional."""

    def walk(i: int, j: int) -> bool:
        if i == len(letters):
            return j == len(chunk)
        if j == len(chunk):
            return False
        word = chunk[j]
        if word[0].upper() == letters[i] and walk(i + 1, j + 1):
            return True
        return word.lower() in _STOP and walk(i, j + 1)

    return walk(0, 0)


def footnotes(rows: Sequence[Row]) -> tuple[list[Definition], set[int]]:
    """ "[1] CFR Code of Federal Regulations" rows: definitions, and the lines they used."""
    defs: list[Definition] = []
    used: set[int] = set()
    for row in rows:
        m = _FOOTNOTE.match(row.text)
        if not m or len(row.text) > 200:
            continue
        text = " ".join(m.group("text").split())
        defs.append(Definition(f"[{m.group('n')}]", text, "footnote"))
        used.add(row.index)
        parts = text.split(" ", 1)
        if len(parts) == 2 and parts[0].isupper() and _spells(list(parts[0]), parts[1].split()):
            defs.append(Definition(parts[0], parts[1], "abbreviation"))
    return defs, used


def definitions(rows: Sequence[Row], texts: Sequence[str]) -> tuple[tuple[Definition, ...], set[int]]:
    """Every definition the document makes, footnotes first, and the footnote lines."""
    notes, used = footnotes(rows)
    seen = {(d.term, d.kind) for d in notes}
    defs = list(notes)
    for abbr, expansion in abbreviations(texts).items():
        if (abbr, "abbreviation") not in seen:
            defs.append(Definition(abbr, expansion, "abbreviation"))
    return tuple(defs), used
