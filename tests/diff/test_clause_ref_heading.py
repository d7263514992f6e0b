"""Each clause a change shows carries its section heading as printed on its own side."""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.model import Diff

from ..parsers.helpers import parse_text

DOC = """
HARBOUR RECORDS OFFICER

DEFINITION

Keeps the registers of vessels, berths and moorings for the port.

{heading}

1. Maintains the vessel register.
2. Answers questions from harbour users {tail}
"""


def test_refs_carry_the_heading_each_version_prints_and_survive_json() -> None:
    old = parse_text(DOC.format(heading="ILLUSTRATIVE DUTIES", tail="by telephone."))
    new = parse_text(DOC.format(heading="ILLUSTRATIVE TASKS", tail="by telephone and email."))
    diff = compare(old, new)
    (changed,) = [c for c in diff.changes if c.op == "modified"]
    assert [r.heading for r in changed.old] == ["ILLUSTRATIVE DUTIES"]
    assert [r.heading for r in changed.new] == ["ILLUSTRATIVE TASKS"]
    again = Diff.from_json(diff.to_json())
    assert [r.heading for c in again.changes for r in c.new] == [r.heading for c in diff.changes for r in c.new]
