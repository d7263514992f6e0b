"""Sections pair across versions by printed heading, content and place; the kind is one signal.

Fixtures are postings written for these tests: the same printed heading read as one kind in one
version and another kind in the other, headings renamed, a heading added between clauses that
stayed where they were, and real moves between sections.
"""

from __future__ import annotations

from collections import Counter

from specdiff.diff import compare
from specdiff.diff.glossary import build_glossary
from specdiff.diff.sections import pair_sections
from specdiff.diff.titles import TitleMap
from specdiff.model import Change, Section

from .docs import POSTING_DUTIES, POSTING_NOTES, POSTING_QUALS, make_headed_doc


def _changed(old_rows, new_rows) -> list[Change]:  # type: ignore[no-untyped-def]
    diff = compare(make_headed_doc(old_rows), make_headed_doc(new_rows, new=True))
    return [c for c in diff.changes if c.op != "unchanged"]


def _table(*sections: tuple[str, str, int]) -> list[tuple[Section, str | None, int]]:
    return [
        (Section(id=f"s{k}", kind=kind, heading=heading), None, size)
        for k, (kind, heading, size) in enumerate(sections)
    ]


def test_same_heading_read_as_different_kinds_pairs_and_nothing_moves() -> None:
    old = [("other", "Examples of Duties", POSTING_DUTIES), ("other", "Minimum Qualifications", POSTING_QUALS)]
    new = [
        ("duties", "Examples of Duties", POSTING_DUTIES),
        ("minimum_qualifications", "Minimum Qualifications", POSTING_QUALS),
    ]
    assert _changed(old, new) == []


def test_pairing_by_heading_when_the_sections_share_no_clause() -> None:
    glossary = build_glossary(make_headed_doc([]), make_headed_doc([], new=True))
    old = _table(("other", "Examples of Duties", 3), ("other", "Supplemental Information", 2))
    new = _table(("duties", "Examples of Duties", 3), ("notes", "Supplemental Information", 2))
    assert pair_sections(old, new, Counter(), TitleMap({}), glossary) == {0: 0, 1: 1}


def test_repeated_headings_pair_by_place() -> None:
    glossary = build_glossary(make_headed_doc([]), make_headed_doc([], new=True))
    old = _table(("notes", "NOTES", 2), ("duties", "DUTIES", 4), ("notes", "NOTES", 3), ("other", "SELECTION", 1))
    new = _table(("notes", "NOTES", 2), ("duties", "DUTIES", 4), ("notes", "NOTES", 3), ("other", "SELECTION", 1))
    assert pair_sections(old, new, Counter(), TitleMap({}), glossary) == {0: 0, 1: 1, 2: 2, 3: 3}


def test_shared_clauses_outweigh_a_renamed_heading() -> None:
    glossary = build_glossary(make_headed_doc([]), make_headed_doc([], new=True))
    old = _table(("duties", "Illustrative Duties", 4), ("notes", "Notes", 2))
    new = _table(("other", "Notes", 2), ("duties", "Illustrative Tasks", 4))
    votes = Counter({(0, 1): 4, (1, 0): 2})
    assert pair_sections(old, new, votes, TitleMap({}), glossary) == {0: 1, 1: 0}


def test_a_heading_added_between_clauses_that_stayed_in_place_moves_nothing() -> None:
    old = [("duties", "Duties", POSTING_DUTIES + POSTING_NOTES)]
    new = [("duties", "Duties", POSTING_DUTIES), ("other", "About the Office", POSTING_NOTES)]
    assert _changed(old, new) == []


def test_a_duty_moved_into_the_qualifications_is_a_substantive_move() -> None:
    old = [("duties", "Duties", POSTING_DUTIES), ("minimum_qualifications", "Requirements", POSTING_QUALS)]
    new = [
        ("duties", "Duties", POSTING_DUTIES[1:]),
        ("minimum_qualifications", "Requirements", [*POSTING_QUALS, POSTING_DUTIES[0]]),
    ]
    [change] = _changed(old, new)
    assert (change.op, change.substantive, change.reasons) == ("moved", True, ("moved to another section",))


def test_the_last_duty_becoming_the_first_requirement_is_a_move_though_in_order() -> None:
    old = [("duties", "Duties", POSTING_DUTIES), ("minimum_qualifications", "Requirements", POSTING_QUALS)]
    new = [
        ("duties", "Duties", POSTING_DUTIES[:2]),
        ("minimum_qualifications", "Requirements", [POSTING_DUTIES[2], *POSTING_QUALS]),
    ]
    [change] = _changed(old, new)
    assert (change.op, change.substantive) == ("moved", True)


def test_a_note_moved_between_informational_sections_is_an_editorial_move() -> None:
    old = [("other", "Salary", ["$50,000 to $60,000", POSTING_NOTES[0]]), ("notes", "Notes", [POSTING_NOTES[1]])]
    new = [("other", "Salary", ["$50,000 to $60,000"]), ("notes", "Notes", [POSTING_NOTES[1], POSTING_NOTES[0]])]
    [change] = _changed(old, new)
    assert (change.op, change.substantive, change.reasons) == ("moved", False, ("moved to another section",))


def test_a_reordered_list_is_editorial_whatever_the_kinds() -> None:
    old = [("other", "Examples of Duties", POSTING_DUTIES)]
    new = [("duties", "Examples of Duties", [POSTING_DUTIES[2], POSTING_DUTIES[0], POSTING_DUTIES[1]])]
    [change] = _changed(old, new)
    assert (change.op, change.substantive, change.reasons) == ("moved", False, ("reordered within its list",))


def test_no_move_between_clauses_that_share_almost_no_words() -> None:
    questions = [
        "Are you a current employee of the county government?",
        "Describe your experience with voter registration databases in detail.",
        "How many years of supervisory experience do you have?",
        "Do you hold a commercial driver license?",
    ]
    replaced = [questions[3], questions[1], questions[2], "Are you a citizen of the United States?"]
    changes = _changed([("other", "Questions", questions)], [("other", "Questions", replaced)])
    assert sorted((c.op, c.substantive) for c in changes) == [("added", True), ("moved", False), ("removed", True)]


def test_repeated_answer_lines_are_copies_never_moves() -> None:
    old = [("other", "Questions", ["Do you hold a license?", "Yes No", "Have you run an election?", "Yes No"])]
    new = [("other", "Questions", ["Have you run an election?", "Yes No", "Do you hold a license?", "Yes No"])]
    changes = _changed(old, new)
    assert all("Yes No" not in [r.text for r in c.old] for c in changes)


def test_a_field_whose_value_changed_completely_is_one_change() -> None:
    old = [("other", "", ["Salary: $65,960.00 - $105,365.00 Annually", "Job Number: 03963"])]
    new = [("other", "", ["Salary: $70,346.38 - $112,372.26 YEAR", "Job Number: 03963"])]
    [change] = _changed(old, new)
    assert (change.op, change.match, change.substantive) == ("modified", "field", True)
