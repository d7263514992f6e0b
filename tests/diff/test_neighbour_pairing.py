"""A reworded clause beside the same paragraph in both versions, in sections that were not paired.

A posting prints its minimum qualification at the end of "The Opportunity" (after the duties)
one year and, with no heading of its own, at the end of "Knowledge, Skills and Abilities" the
next, followed in both by the same "ideal candidate" paragraph. The old section pairs with the
new duties (they share more), so a rewording too loose for a move (0.72) would show as a
removal and an addition. Fixtures written by us.
"""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.model import Change

from .docs import make_headed_doc

BEFORE = "The coordinator runs the county's elections from the ballot proof to the final canvass."
AFTER = "Applications are reviewed in the order in which they arrive at the personnel office."
OLD_MQ = (
    "To qualify, all candidates must live in the county; hold a bachelor's degree; and have at least four "
    "years of relevant experience; or any equivalent combination of experience and training."
)
NEW_MQ = (
    "Bachelor's degree and 4 years of relevant experience; or any equivalent combination of experience and "
    "training. Must live in the county."
)
FOLLOW = "The ideal candidate has run a county election office and trained poll workers for a general election."
DUTIES = [
    "Plans the ballot layout for each election and checks every proof before printing.",
    "Recruits and trains poll workers for the polling places of the county.",
]
KNOWLEDGE = [
    "Knowledge of state and federal election law and of the rules of the county board",
    "ability to program, test and maintain voting equipment before every election",
]


def _changed(old_rows, new_rows) -> list[Change]:  # type: ignore[no-untyped-def]
    diff = compare(make_headed_doc(old_rows), make_headed_doc(new_rows, new=True))
    return [c for c in diff.changes if c.op != "unchanged"]


def test_a_reworded_clause_beside_the_same_pair_is_one_change() -> None:
    old = [("other", "The Opportunity", [BEFORE, *DUTIES, OLD_MQ, FOLLOW]), ("other", "How", [AFTER])]
    new = [
        ("duties", "Duties", [BEFORE, *DUTIES]),
        ("knowledge_skills_abilities", "Knowledge, Skills and Abilities", [*KNOWLEDGE, NEW_MQ, FOLLOW]),
        ("other", "How", [AFTER]),
    ]
    changes = _changed(old, new)
    [mq] = [c for c in changes if any(ref.text == OLD_MQ for ref in c.old)]
    assert [ref.text for ref in mq.new] == [NEW_MQ]
    assert mq.match == "neighbour"


def test_an_unrelated_clause_beside_the_same_pair_stays_added() -> None:
    other = "Candidates must pass a background check and a drug test before the first day of work."
    old = [("other", "The Opportunity", [BEFORE, *DUTIES, OLD_MQ, FOLLOW]), ("other", "How", [AFTER])]
    new = [
        ("duties", "Duties", [BEFORE, *DUTIES]),
        ("knowledge_skills_abilities", "Skills", [*KNOWLEDGE, other, FOLLOW]),
        ("other", "How", [AFTER]),
    ]
    ops = sorted(c.op for c in _changed(old, new))
    assert "removed" in ops and "added" in ops
