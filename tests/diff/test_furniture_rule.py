"""A clause whose text the other version holds as page furniture is not a substantive change."""

from __future__ import annotations

from dataclasses import replace

from specdiff.diff import compare
from specdiff.diff.furniture import FURNITURE
from specdiff.ingest import read
from specdiff.model import Document, Furniture, Span
from specdiff.parsers import parse

FOOTER = "We are an open door employer of everyone."
TEXT = "SAMPLE INSPECTOR\n\nDUTIES\n\nInspects sample sites and writes reports on each of them.\n"


def _doc(text: str) -> Document:
    return parse(read(text.encode(), name="doc.txt"))


def test_a_clause_the_old_version_holds_as_furniture_is_unchanged_not_added() -> None:
    """Both versions print it: a reader told "added" would look for new text that is not there."""
    old = replace(_doc(TEXT), furniture=(Furniture(FOOTER, "page footer", Span(9, 9, 1)),))
    new = _doc(TEXT + "\nWe are an open door employer of everyone.\n")
    diff = compare(old, new)
    held = [c for c in diff.changes if FURNITURE in c.reasons]
    assert held and all(c.op == "unchanged" and not c.substantive and not c.old and c.new for c in held)
    assert not [c for c in diff.changes if c.op == "added"]


def test_added_clause_not_held_as_furniture_stays_substantive() -> None:
    old = replace(_doc(TEXT), furniture=(Furniture("SOMETHING ELSE ENTIRELY", "page footer", Span(9, 9, 1)),))
    new = _doc(TEXT + "\nWe are an open door employer of everyone.\n")
    added = [c for c in compare(old, new).changes if c.op == "added"]
    assert added and all(c.substantive for c in added)


def test_removed_clause_the_new_version_holds_as_furniture_is_editorial() -> None:
    old = _doc(TEXT + "\nWe are an open door employer of everyone.\n")
    new = replace(_doc(TEXT), furniture=(Furniture(FOOTER.upper(), "running header or footer", Span(1, 1, 2)),))
    changes = compare(old, new).changes
    held = [c for c in changes if FURNITURE in c.reasons]
    assert held and all(c.op == "unchanged" and c.old and not c.new for c in held)
    assert not [c for c in changes if c.op == "removed"]


def test_the_word_redline_shows_furniture_held_text_as_no_revision() -> None:
    from specdiff.renderers.word_plan import tracked

    old = replace(_doc(TEXT), furniture=(Furniture(FOOTER, "page footer", Span(9, 9, 1)),))
    new = _doc(TEXT + "\nWe are an open door employer of everyone.\n")
    held = [c for c in compare(old, new).changes if FURNITURE in c.reasons]
    assert held and not any(tracked(c, "include") for c in held)
