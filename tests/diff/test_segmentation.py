"""The same paragraph cut into clauses at other places in the two versions.

One version holds a knowledge paragraph as one clause, the other splits it at its semicolons
(its heading was read as another kind), or a paragraph was rewritten into three. Either way
it is one change: editorial when the words re-join to the same text, substantive with the
changed words otherwise; never one removal and a row of additions. Fixtures written by us.
"""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.model import Change

from .docs import make_headed_doc

ITEMS = [
    "Knowledge of state and federal election law and of the rules of the county board",
    "ability to program, test and maintain voting equipment before every election",
    "ability to negotiate the use of public buildings as polling places",
    "skill in training temporary staff of varying experience",
    "ability to work long hours under deadline pressure on election night",
]
PARAGRAPH = "; ".join(ITEMS) + "."
BEFORE = "The coordinator runs the county's elections from the ballot proof to the final canvass."
AFTER = "Applications are reviewed in the order in which they arrive at the personnel office."


def _changed(old_rows, new_rows) -> list[Change]:  # type: ignore[no-untyped-def]
    diff = compare(make_headed_doc(old_rows), make_headed_doc(new_rows, new=True))
    return [c for c in diff.changes if c.op != "unchanged"]


def test_one_paragraph_and_its_semicolon_items_are_an_editorial_resegmentation() -> None:
    old = [("other", "Duties", [BEFORE]), ("other", "Knowledge and Abilities", [PARAGRAPH]), ("other", "How", [AFTER])]
    new = [
        ("other", "Duties", [BEFORE]),
        ("knowledge_skills_abilities", "Knowledge and Abilities", [*ITEMS[:-1], ITEMS[-1] + "."]),
        ("other", "How", [AFTER]),
    ]
    [change] = _changed(old, new)
    assert (change.op, change.substantive) == ("split", False)
    assert change.reasons[0] == "re-segmented"
    assert len(change.new) == len(ITEMS)


def test_the_pieces_merged_back_are_one_editorial_change_too() -> None:
    old = [("other", "Knowledge and Abilities", [BEFORE, *ITEMS, AFTER])]
    new = [("other", "Knowledge and Abilities", [BEFORE, PARAGRAPH, AFTER])]
    [change] = _changed(old, new)
    assert (change.op, change.substantive, change.reasons[0]) == ("merged", False, "re-segmented")


def test_a_paragraph_rewritten_into_three_is_one_substantive_split() -> None:
    paragraph = (
        "The coordinator plans the ballot layout for every election and checks each proof before printing. "
        "The coordinator recruits and trains the poll workers for the polling places of the county. "
        "The coordinator keeps the voter roll current with the address changes reported by the post office."
    )
    rewritten = [
        "The coordinator plans the ballot layout for every election and checks each proof before printing.",
        "The coordinator recruits, trains and schedules the poll workers for the polling places of the county.",
        "The coordinator keeps the voter roll current with the address changes reported by the state.",
    ]
    old = [("other", "Summary", [BEFORE, paragraph, AFTER])]
    new = [("other", "Summary", [BEFORE, *rewritten, AFTER])]
    [change] = _changed(old, new)
    assert (change.op, change.substantive, len(change.new)) == ("split", True, 3)
    assert any("schedules" in r for r in change.reasons)
