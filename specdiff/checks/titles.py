"""Titles and the levels of a series, as the checks need them.

Standards name their levels in running text ("reports to a CMS 3 (HBE)", "Personnel Supervisor
II"); a reviewer wants to know when the text names a level the document does not define. The
series stem and its levels are read off the document's own titles and aliases, so nothing here
knows any jurisdiction's titles. Which title a name refers to is the model's answer
(:func:`specdiff.model.identity.resolve_title`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Document, Title
from ..model.identity import resolve_title

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_LEVEL = r"(\d{1,2}|[IVX]{1,4})"
_STEM_AND_LEVEL = re.compile(rf"^(?P<stem>[A-Za-z][A-Za-z&'’ .,-]*?[A-Za-z])\s+(?P<level>{_LEVEL})(?=\W|$)")


def title_name(doc: Document, ref: str | None) -> str | None:
    """The printed title for a reference, falling back to the reference itself."""
    title = resolve_title(doc.titles, ref)
    return title.title if title else ref


def level_number(token: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        return int(token)
    return _ROMAN.get(token.lower())


def series_levels(titles: Iterable[Title]) -> dict[str, set[int]]:
    """Each series stem (and its initials, e.g. "CMS") mapped to the levels the titles define."""
    stems: dict[str, set[int]] = {}
    for title in titles:
        for name in (title.title, *title.aliases):
            m = _STEM_AND_LEVEL.match(name.strip())
            level = level_number(m["level"]) if m else None
            if m is None or level is None:
                continue
            stem = " ".join(m["stem"].split())
            stems.setdefault(stem, set()).add(level)
            words = [w for w in re.findall(r"[A-Za-z]+", stem) if w[0].isupper()]
            if len(words) >= 2:
                stems.setdefault("".join(w[0] for w in words), set()).add(level)
    return stems


def level_mentions(text: str, stem: str) -> Iterable[tuple[str, int]]:
    """Each "<stem> <level>" in ``text``: the words as printed and the level number.

    A stem of initials ("CMS") is matched case-sensitively, a worded stem in any case (standards
    print titles in capitals in one edition and mixed case in the next).
    """
    words = r"\s+".join(re.escape(w) for w in stem.split())
    flags = 0 if stem.isupper() and " " not in stem else re.IGNORECASE
    pattern = re.compile(rf"(?<![A-Za-z]){words}\s+{_LEVEL}(?![A-Za-z0-9])", flags)
    for m in pattern.finditer(text):
        level = level_number(m[1])
        if level is not None:
            yield m[0], level


__all__ = ["level_mentions", "level_number", "series_levels", "title_name"]
