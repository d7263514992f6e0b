"""A question and a statement that share a topic are not one clause rewritten.

A posting's supplemental question ("Are you a registered voter ...; do you hold a degree ...?")
repeats the words of the requirement it asks about, so a weak similarity would pair the
requirement with the question and take each from its real counterpart. Fixtures written by us.
"""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.diff.candidates import asks

from .docs import make_headed_doc

BEFORE = "The coordinator runs the county's elections from the ballot proof to the final canvass."
AFTER = "Applications are reviewed in the order in which they arrive at the personnel office."
QUESTION = "Are you a registered voter in this county, and do you hold a bachelor's degree in public administration?"
STATEMENT = (
    "To qualify, all candidates must be registered voters in the state and possess a bachelor's degree "
    "in administration."
)


def _changed(old_rows, new_rows):  # type: ignore[no-untyped-def]
    diff = compare(make_headed_doc(old_rows), make_headed_doc(new_rows, new=True))
    return [c for c in diff.changes if c.op != "unchanged"]


def test_a_question_is_not_paired_with_a_statement_it_only_resembles() -> None:
    old = [("other", "Supplemental Questions", [BEFORE, QUESTION, AFTER])]
    new = [("other", "Supplemental Questions", [BEFORE, STATEMENT, AFTER])]
    changes = _changed(old, new)
    assert sorted(c.op for c in changes) == ["added", "removed"]


def test_a_question_reworded_is_still_paired_with_its_question() -> None:
    reworded = QUESTION.replace("this county", "the state").replace("do you hold", "have you earned")
    old = [("other", "Supplemental Questions", [BEFORE, QUESTION, AFTER])]
    new = [("other", "Supplemental Questions", [BEFORE, reworded, AFTER])]
    [change] = _changed(old, new)
    assert change.op == "modified"


def test_a_question_is_read_by_its_closing_mark() -> None:
    assert asks("Do you hold a licence?")
    assert asks("(Do you hold a licence?) ")
    assert not asks("You must hold a licence.")
