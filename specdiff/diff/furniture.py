"""Text one version prints as page furniture is not a change of the other version's content.

A PDF sets its running footer aside as furniture; the plain-text export of the same bulletin may
carry that footer where the reader could not tell it apart. Whatever a version holds as
furniture (``Document.furniture``), a clause of the other version with the same comparison form
that was added or removed lost or gained no content: both versions print it. It is reported as
``unchanged`` (never "added" or "removed", which a reader takes for new or dropped text), on
the side that holds it as a clause, with the reason below.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Change, Document
from .glossary import Glossary
from .normalize import comparison_form

FURNITURE = "printed as page furniture in the other version"


def furniture_forms(doc: Document, glossary: Glossary) -> set[str]:
    return {f for f in (comparison_form(item.text, glossary) for item in doc.furniture) if f}


def demote_furniture(
    changes: tuple[Change, ...], old: set[str], new: set[str], glossary: Glossary
) -> tuple[Change, ...]:
    """Added clauses that the old version holds as furniture, and removed clauses that the new
    version holds as furniture, are unchanged text."""
    if not old and not new:
        return changes
    out = []
    for change in changes:
        refs, other = (change.new, old) if change.op == "added" else (change.old, new)
        lone = change.op in ("added", "removed") and change.substantive and bool(other) and bool(refs)
        if lone and all(comparison_form(ref.text, glossary) in other for ref in refs):
            change = replace(change, op="unchanged", substantive=False, reasons=(FURNITURE,), inline=())
        out.append(change)
    return tuple(out)
