"""Header facts that changed: status, date, and each title's name, code and grade.

These are what a reviewer checks first ("tentative" to "final", a new grade), so they are listed
apart from the clause changes, one entry per fact, with the title it belongs to.

A title difference goes through the editorial rules like a clause does. A name that differs only
where the title key looks away (punctuation, case, spacing, apostrophes: "TTS Senior Advisor" /
"TTS: Senior Advisor") is the same name printed another way. And a version that holds no title
at all while the other holds one it prints in its text (a posting layout without a "Title:" line
that names the job in its first paragraph) did not gain or lose that title: it is read in one
version only. Both are listed, as editorial, with the reason; a different name, or a title the
other version never prints, stays a rename, an addition or a removal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Document, MetadataChange, Title
from ..model.identity import prints_title, title_key
from .titles import TitleMap

ONE_SIDE_ONLY = "title read in one version only: the other prints the same name in its text"


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value else None


def _renamed(old: Title, new: Title) -> MetadataChange:
    """A title's name changed: editorial when both names have the same title key."""
    if title_key(old.title) != title_key(new.title):
        return MetadataChange("title", old.title, new.title, title=new.title)
    words = [re.findall(r"[^\W_]+", t.title.casefold()) for t in (old, new)]
    reason = (
        "same title: only punctuation, case or spacing differ"
        if words[0] == words[1]
        else "same title: the names differ only as the title key allows (an abbreviation, an apostrophe, a grade)"
    )
    return MetadataChange("title", old.title, new.title, title=new.title, editorial=True, reason=reason)


def _printed_texts(doc: Document) -> Iterator[str]:
    """Everything a version prints: headings, clauses and its page furniture."""
    for section in doc.sections:
        yield section.heading
    for _, clause in doc.clauses():
        yield clause.text
    for piece in doc.furniture:
        yield piece.text


def _printed_in(title: Title, doc: Document) -> bool:
    names = [n for n in (title.title, *title.aliases) if n and title_key(n)]
    return any(prints_title(text, name) for text in _printed_texts(doc) for name in names)


def _one_side(title: Title, other: Document, *, added: bool) -> MetadataChange:
    """A title of one version with no partner in the other: added or removed, unless the other
    version holds no title at all and prints this one's name (then it is read on one side only)."""
    old, new = (None, title.title) if added else (title.title, None)
    if not other.titles and _printed_in(title, other):
        return MetadataChange("title", old, new, title=title.title, editorial=True, reason=ONE_SIDE_ONLY)
    return MetadataChange("title", old, new, title=title.title)


def metadata_changes(old: Document, new: Document, titles: TitleMap) -> list[MetadataChange]:
    changes = [
        MetadataChange(name, getattr(old, name), getattr(new, name))
        for name in ("status", "date")
        if _clean(getattr(old, name)) != _clean(getattr(new, name))
    ]
    by_id = {t.id: t for t in new.titles}
    paired_new: set[str] = set()
    for title in old.titles:
        partner = by_id.get(titles.pairs.get(title.id, ""))
        if partner is None:
            changes.append(_one_side(title, new, added=False))
            continue
        paired_new.add(partner.id)
        if _clean(title.title) != _clean(partner.title):
            changes.append(_renamed(title, partner))
        for name in ("code", "grade"):
            before, after = getattr(title, name), getattr(partner, name)
            if _clean(before) != _clean(after):
                changes.append(MetadataChange(name, before, after, title=partner.title))
    changes += [_one_side(t, old, added=True) for t in new.titles if t.id not in paired_new]
    return changes
