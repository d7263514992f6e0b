"""Who and when a standard is, answered once for every stage: dates, status, title keys.

The corpus files a version by its printed date and status and finds its series by title;
``check`` asks whether a revision's date advanced and whether its status went backwards; the
parsers resolve the titles a qualification names; the ladder finds a title a user typed. Each of
these asks the same questions, so each asks them here, and one document gets one answer:

- a printed date as ISO text of the precision printed (``3/2024`` → ``2024-03``), with one rule
  for two-digit years that does not move with today's date (:func:`full_year`);
- the rank of a status (draft < tentative < final);
- the key of a printed title: "Clerk's Aide, Grade 9", "CLERKS AIDE" and "Clerk’s Aide" are one
  title, and "(Health Benefit Exchange)" is "(HBE)";
- the title of a document a name refers to (:func:`resolve_title`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date as Date
from functools import lru_cache

from .document import Title

# --------------------------------------------------------------------------- dates

PIVOT = 50
"""Two-digit years below this are 20xx, the rest 19xx ("3/49" is 2049, "3/50" is 1950): the
rule of X.509's UTCTime. A fixed pivot gives a file the same date in every year it is read; one
that followed today's date would refile a 1950 standard as 2050 once the calendar passed it."""

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?(?!\d)"),
    re.compile(r"(?<!\d)(?P<m>\d{1,2})[/.-](?P<d>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
    re.compile(_MONTH + rf"\s+(?:(?P<d>\d{{1,2}}){_ORDINAL},?\s+)?(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(rf"(?P<d>\d{{1,2}}){_ORDINAL}\s+" + _MONTH + r",?\s+(?P<y>\d{4})(?!\d)", re.I),
    re.compile(r"^(?P<y>\d{4})$"),
)


def full_year(year: int) -> int:
    """A year as printed, with two-digit years placed by :data:`PIVOT`."""
    if year >= 100:
        return year
    return year + (1900 if year >= PIVOT else 2000)


def parse_date(text: str | None) -> str | None:
    """The date printed at the start of ``text`` (``3/2024``, ``5/18``, ``May 18, 2018``,
    ``18 May 2018``, ``2019-03``, ``04-08-05``) as ISO text of the precision printed
    (``2024-03``, ``2018-05``, ``2018-05-18``); None when no valid date starts it."""
    if not text:
        return None
    text = " ".join(text.split())
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            iso = _iso(match.groupdict())
            if iso:
                return iso
    return None


def _iso(parts: dict[str, str | None]) -> str | None:
    year = full_year(int(parts["y"] or 0))
    mon = parts.get("mon")
    month = _MONTHS[mon.lower()[:3]] if mon else int(parts.get("m") or 0)
    day = int(parts.get("d") or 0)
    if not 1800 <= year <= 2200 or month > 12 or day > 31 or (day and not month):
        return None
    if month == 0:
        return f"{year:04d}" if parts.get("m") is None and not mon else None
    try:
        Date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def date_parts(iso: str) -> tuple[int, int | None, int | None]:
    """``2018-05`` → ``(2018, 5, None)``: an ISO date of any precision as numbers."""
    numbers = [int(p) for p in iso.split("-")]
    return numbers[0], numbers[1] if len(numbers) > 1 else None, numbers[2] if len(numbers) > 2 else None


def compare_dates(old: str, new: str) -> int:
    """-1, 0 or 1 as ISO date ``new`` is before, the same as (at the precision both print), or
    after ``old``: "2018" is not earlier than "2018-05"."""
    for a, b in zip(date_parts(old), date_parts(new), strict=True):
        if a is None or b is None:
            return 0
        if a != b:
            return 1 if b > a else -1
    return 0


# --------------------------------------------------------------------------- status

STATUS_RANK = {"draft": 0, "tentative": 1, "final": 2}
"""How settled a published text is: a draft may change, a tentative standard is out for
comment, a final one is in force. A document that prints no status is final."""


def status_rank(status: str | None) -> int:
    """The rank of ``status``; a status that is not one of the three ranks as final."""
    return STATUS_RANK.get(status or "final", STATUS_RANK["final"])


# --------------------------------------------------------------------------- titles

_JOINERS = frozenset({"of", "and", "for", "the", "de", "on"})
# a grade printed after a title ("..., Grade 9", "... SG-18", "..., Salary Grade 25"): at the end
# only, so that a sentence naming a title and, later, a grade keeps its words
_GRADE = re.compile(r"[,\s]+(?:salary\s+|pay\s+)?(?:grade|sg)\s*[:#]?\s*[a-z]{0,2}-?\d+[a-z]?\s*$", re.I)
_BRACKETED = re.compile(r"\(([^)]*)\)")
_APOSTROPHES = re.compile(r"['\u2019]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def without_grade(title: str) -> str:
    """A printed title without the grade printed after it ("Clerk's Aide, Grade 9", "Analyst
    SG-18"): the grade is a fact of its own (``Title.grade``), not part of the name."""
    match = _GRADE.search(title)
    return title[: match.start()] if match and match.start() > 0 else title


@lru_cache(maxsize=65536)  # pure; the same few hundred titles are keyed again for every mention
def title_key(text: str) -> str:
    """The key every stage compares printed titles by: case, punctuation, spacing, apostrophes
    and a grade printed after the title ignored, "&" read as "and", and a bracketed qualifier
    reduced to its initials ("(Health Benefit Exchange)" = "(HBE)").
    "Clerk's Aide, Grade 9" → "clerks aide"."""

    return _key_words(without_grade(" ".join(text.split())))


def _key_words(text: str) -> str:
    """``text`` in the words a title key is made of (apostrophes, "&", bracketed qualifiers, case
    and punctuation as :func:`title_key` treats them), without looking for a grade at its end."""

    def initials(match: re.Match[str]) -> str:
        words = re.findall(r"[A-Za-z]+", match.group(1))
        significant = [w for w in words if w.lower() not in _JOINERS]
        return " " + ("".join(w[0] for w in significant) if len(significant) > 1 else " ".join(words)) + " "

    text = _APOSTROPHES.sub("", text).replace("&", " and ")
    text = _BRACKETED.sub(initials, text)
    return " ".join(_NOT_ALNUM.sub(" ", text.lower()).split())


def prints_title(text: str, name: str) -> bool:
    """Whether ``text`` prints the title ``name`` as a run of whole words, read as title keys
    are ("... a Voter Service Manager to serve ..." prints "Voter service manager"): a version
    whose layout has no title line may still name its job in its text."""
    key = title_key(name)
    return bool(key) and f" {key} " in f" {_key_words(text)} "


@lru_cache(maxsize=65536)
def short_key(key: str) -> str:
    """ "contract management specialist 1 hbe" → "cms 1 hbe": the initials standards print a
    numbered title as; the key itself when it has no number or too few words to abbreviate."""
    words = key.split()
    if not words or not any(w.isdigit() for w in words):
        return key
    cut = next(i for i, w in enumerate(words) if w.isdigit())
    lead = [w for w in words[:cut] if w not in _JOINERS]
    return " ".join(["".join(w[0] for w in lead), *words[cut:]]) if len(lead) > 1 else key


def title_keys(text: str) -> set[str]:
    """Every key a printed title may appear under: full ("... specialist 1 hbe") and short ("cms 1 hbe")."""
    key = title_key(text)
    return {key, short_key(key)} if key else set()


def same_title(a: str | None, b: str | None) -> bool:
    """Whether two printed titles name the same class (either may be abbreviated)."""
    if a is None or b is None:
        return a is b
    ka, kb = title_key(a), title_key(b)
    return ka == kb or short_key(ka) == short_key(kb)


def resolve_title(titles: Iterable[Title], name: str | None) -> Title | None:
    """The title of a document that ``name`` refers to: by id, canonical title or alias, in any
    of their keys (full or short); the first such title in the document's order. None when no
    title of the document is named so."""
    if name is None:
        return None
    ordered = tuple(titles)
    for title in ordered:
        if name == title.id:
            return title
    index = _title_index(ordered)
    key = title_key(name)
    hits = [index[k] for k in (key, short_key(key)) if k in index]
    return ordered[min(hits)] if hits else None


@lru_cache(maxsize=64)
def _title_index(titles: tuple[Title, ...]) -> dict[str, int]:
    """Every key of every title → the position of the first title that has it. Built once per
    document's titles, so resolving a mention costs a lookup, not a pass over the titles."""
    index: dict[str, int] = {}
    for position, title in enumerate(titles):
        keys: set[str] = set()
        for name in (title.title, *title.aliases):
            keys |= title_keys(name)
        for k in keys:
            index.setdefault(k, position)
    return index


@lru_cache(maxsize=64)
def title_names(titles: tuple[Title, ...]) -> frozenset[str]:
    """The canonical names of a document's titles (kept per document, like the index)."""
    return frozenset(t.title for t in titles)


__all__ = [
    "PIVOT",
    "STATUS_RANK",
    "compare_dates",
    "date_parts",
    "full_year",
    "parse_date",
    "prints_title",
    "resolve_title",
    "same_title",
    "short_key",
    "status_rank",
    "title_key",
    "title_keys",
    "title_names",
    "without_grade",
]
