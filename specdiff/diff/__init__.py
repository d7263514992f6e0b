"""The diff stage: two Documents in, one Diff out, pure and deterministic.

``compare`` builds a glossary shared by both versions, turns every clause into a comparable
unit, pairs titles and sections, aligns clauses in ordered passes (align.py), grows splits and
merges (splits.py), finds reordering (order.py) and judges each change substantive or editorial
(classify.py). Every clause of both versions ends up in exactly one change.
"""

from __future__ import annotations

from ..model import Diff, Document, DocumentRef
from .align import align
from .changes import build_change, change_order
from .furniture import demote_furniture, furniture_forms
from .glossary import build_glossary
from .lone import Sides
from .metadata import metadata_changes
from .order import settle, unlink_weak_moves
from .requirement_report import requirement_report
from .splits import group_links
from .titles import align_titles
from .units import build_units, document_forms, heading_forms, section_table, set_contexts


def compare(old: Document, new: Document) -> Diff:
    """Compare two versions of a standard."""
    glossary = build_glossary(old, new)
    forms = document_forms((old, new), glossary)
    headings = (heading_forms(old, forms), heading_forms(new, forms))
    olds = set_contexts(build_units(old, glossary, forms), headings[1], forms)
    news = set_contexts(build_units(new, glossary, forms), headings[0], forms)
    titles = align_titles(old.titles, new.titles, glossary)
    tables = (section_table(old, olds), section_table(new, news))
    state = align(olds, news, tables, titles, glossary)
    unlink_weak_moves(state)
    groups = group_links(state)
    placed = settle(groups, olds, news, state.sections)
    order = change_order(groups, state)
    sides = Sides.of(olds, news, headings)
    changes = tuple(build_change(state, groups[k], placed.get(k), glossary, sides) for k in order)
    changes = demote_furniture(changes, furniture_forms(old, glossary), furniture_forms(new, glossary), glossary)
    meta = tuple(metadata_changes(old, new, titles))
    facts = requirement_report(old, new)
    return Diff(
        DocumentRef.of(old),
        DocumentRef.of(new),
        changes,
        meta,
        facts.changes,
        requirement_gaps=facts.gaps,
        eligibility=facts.eligibility,
    )


__all__ = ["compare"]
