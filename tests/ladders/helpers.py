"""Shared helpers for the ladder tests: the fixture series (written by us) and the invariant
that every clause of both titles of a step sits in exactly one item."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from specdiff.ingest import read
from specdiff.ladders.model import Ladder, Step
from specdiff.model import Document
from specdiff.parsers import parse

DOCUMENTS = Path(__file__).parent / "documents"


@cache
def fixture(name: str = "permit-technician.txt") -> Document:
    return parse(read(DOCUMENTS / name))


def item_ids(step: Step) -> tuple[Counter[str], Counter[str]]:
    """How often each clause id of the old and of the new title appears in the step's items."""
    old: Counter[str] = Counter()
    new: Counter[str] = Counter()
    for item in step.items:
        old.update(r.id for r in item.old)
        new.update(r.id for r in item.new)
    return old, new


def assert_every_clause_once(result: Ladder) -> None:
    """Each clause id appears at most once per side of a step (a facet id counts as a clause)."""
    for step in result.steps:
        for side in item_ids(step):
            assert [k for k, n in side.items() if n > 1] == [], (step.old, step.new)
