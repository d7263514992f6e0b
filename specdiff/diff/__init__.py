"""The diff stage: two Documents in, one Diff out, pure and deterministic.

This first version aligns only clauses whose text is identical after whitespace is collapsed,
and reports everything else as removed and added, all substantive: crude, but it can never hide
a change. The alignment engine of the diff issue replaces it.
"""

from __future__ import annotations

from ..model import Change, ClauseRef, Diff, Document, DocumentRef, MetadataChange, Section
from .requirements import requirement_changes


def _refs(doc: Document) -> list[tuple[Section, ClauseRef]]:
    return [
        (s, ClauseRef(id=c.id, text=c.text, section=s.kind, title=s.title, span=c.span, label=c.label))
        for s, c in doc.clauses()
    ]


def compare(old: Document, new: Document) -> Diff:
    """Compare two versions of a standard."""
    new_refs = _refs(new)
    pool: dict[tuple[str, str | None, str], list[int]] = {}
    for index, (section, ref) in enumerate(new_refs):
        pool.setdefault((section.kind, section.title, " ".join(ref.text.split())), []).append(index)
    used: set[int] = set()
    changes: list[Change] = []
    for section, ref in _refs(old):
        candidates = pool.get((section.kind, section.title, " ".join(ref.text.split())), [])
        if candidates:
            index = candidates.pop(0)
            used.add(index)
            new_ref = new_refs[index][1]
            changes.append(
                Change(new_ref.id, "unchanged", False, section.kind, section.title, (ref,), (new_ref,), similarity=1.0)
            )
        else:
            changes.append(
                Change(f"old-{ref.id}", "removed", True, section.kind, section.title, (ref,), (), ("removed",))
            )
    for index, (section, ref) in enumerate(new_refs):
        if index not in used:
            changes.append(Change(ref.id, "added", True, section.kind, section.title, (), (ref,), ("added",)))
    meta = [
        MetadataChange(field, getattr(old, field), getattr(new, field))
        for field in ("status", "date")
        if getattr(old, field) != getattr(new, field)
    ]
    return Diff(DocumentRef.of(old), DocumentRef.of(new), tuple(changes), tuple(meta), requirement_changes(old, new))


__all__ = ["compare"]
