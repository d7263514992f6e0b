"""Header facts that changed: status, date, and each title's name, code and grade.

These are what a reviewer checks first ("tentative" to "final", a new grade), so they are listed
apart from the clause changes, one entry per fact, with the title it belongs to.
"""

from __future__ import annotations

from ..model import Document, MetadataChange
from .titles import TitleMap


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value else None


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
            changes.append(MetadataChange("title", title.title, None, title=title.title))
            continue
        paired_new.add(partner.id)
        if _clean(title.title) != _clean(partner.title):
            changes.append(MetadataChange("title", title.title, partner.title, title=partner.title))
        for name in ("code", "grade"):
            before, after = getattr(title, name), getattr(partner, name)
            if _clean(before) != _clean(after):
                changes.append(MetadataChange(name, before, after, title=partner.title))
    changes += [MetadataChange("title", None, t.title, title=t.title) for t in new.titles if t.id not in paired_new]
    return changes
