"""Printed dates as comparable tuples, at whatever precision the document gives.

Standards print "5/18", "3/2024", "05/18/2018", "May 2018" or an ISO date; the parser may pass
any of these through. Comparing two versions only needs year, then month, then day, compared on
the precision both sides have ("2018" is not earlier than "5/2018").
"""

from __future__ import annotations

import re

PartialDate = tuple[int, int | None, int | None]

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$|^(\d{1,2})[/.-](\d{4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?(?:\s+(\d{1,2}))?,?\s+(\d{4})$")


def _year(text: str) -> int:
    """Two-digit years pivot like POSIX strptime: 69-99 are 19xx, 00-68 are 20xx."""
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 69 else 2000
    return year


def parse_date(text: str | None) -> PartialDate | None:
    """``(year, month, day)`` with None for what is not printed; None when it is not a date."""
    if not text:
        return None
    s = " ".join(text.strip().split())
    result: PartialDate | None = None
    if m := _ISO.match(s):
        result = (int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    elif m := _NUMERIC.match(s):
        if m[4]:  # M/YYYY
            result = (int(m[5]), int(m[4]), None)
        elif m[3]:  # M/D/YY(YY)
            result = (_year(m[3]), int(m[1]), int(m[2]))
        else:  # M/YY: a month and a two-digit year, the form NYS standards print
            result = (_year(m[2]), int(m[1]), None)
    elif (m := _WORDS.match(s)) and m[2].lower() in _MONTHS:
        day = m[1] or m[3]
        result = (int(m[4]), _MONTHS[m[2].lower()], int(day) if day else None)
    if result is None or not _valid(result):
        return None
    return result


def _valid(value: PartialDate) -> bool:
    year, month, day = value
    return 1900 <= year <= 2200 and (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def compare_dates(old: PartialDate, new: PartialDate) -> int:
    """-1, 0 or 1 as ``new`` is before, the same as (at the shared precision), or after ``old``."""
    for a, b in zip(old, new, strict=True):
        if a is None or b is None:
            return 0
        if a != b:
            return 1 if b > a else -1
    return 0


__all__ = ["PartialDate", "compare_dates", "parse_date"]
