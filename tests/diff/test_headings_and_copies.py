"""Headings the parser read as clauses, and clauses a document prints twice.

A heading added, dropped or renamed says nothing by itself: the clauses under it are judged on
their own. A second copy of a clause, dropped where the other copy stays, loses nothing. Fixtures
are written for these tests.
"""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.diff.units import heading_shaped
from specdiff.model import Change, Title

from .docs import POSTING_DUTIES, POSTING_QUALS, make_headed_doc

INTRO = "Elections Coordinator"
SUMMARY = "The coordinator runs the county's elections from the ballot proof to the final canvass."


def _changed(old_rows, new_rows) -> list[Change]:  # type: ignore[no-untyped-def]
    diff = compare(make_headed_doc(old_rows), make_headed_doc(new_rows, new=True))
    return [c for c in diff.changes if c.op != "unchanged"]


def test_heading_shapes() -> None:
    for text in ("The Ideal Candidate", "EDUCATION:", "What you should bring:", "### Skills and experience"):
        assert heading_shaped(text), text
    for text in (
        "Yes No",
        "N/A",
        "Performs related duties as required.",
        "Closing Date: 05/01/2024",
        "$52,000",
        "Accountability Teamwork Integrity Respect",
    ):
        assert not heading_shaped(text), text


def test_a_renamed_heading_read_as_a_clause_is_editorial() -> None:
    old = [("other", "", [INTRO, SUMMARY, "Typical Tasks", *POSTING_DUTIES])]
    new = [("other", "", [INTRO, SUMMARY, "Examples of Duties", *POSTING_DUTIES])]
    [change] = _changed(old, new)
    assert (change.op, change.match, change.substantive, change.reasons) == (
        "modified",
        "heading",
        False,
        ("heading renamed",),
    )


def test_a_dropped_heading_is_editorial_and_its_clauses_stay_unchanged() -> None:
    old = [("other", "", [INTRO, SUMMARY, "The Ideal Candidate", *POSTING_QUALS])]
    new = [("other", "", [INTRO, SUMMARY, *POSTING_QUALS])]
    [change] = _changed(old, new)
    assert (change.op, change.substantive, change.reasons) == ("removed", False, ("removed", "a heading"))


def test_a_short_item_among_short_items_is_content_not_a_heading() -> None:
    values = ["Service Quality", "Public Trust", "Careful Stewardship"]
    old = [("other", "Our Values", [*values, SUMMARY])]
    new = [("other", "Our Values", [*values[:1], values[2], SUMMARY])]
    [change] = _changed(old, new)
    assert (change.op, change.substantive) == ("removed", True)


def test_the_title_line_is_not_a_heading() -> None:
    old = [("other", "", ["Elections Coordinator", SUMMARY])]
    new = [("other", "", ["Senior Elections Coordinator", SUMMARY])]
    [change] = _changed(old, new)
    assert change.substantive


def test_a_line_naming_the_documents_title_is_not_a_heading() -> None:
    pay = ("other", "Job Details", ["Salary: $50,000 to $60,000 a year"])
    old = make_headed_doc([pay, ("other", "", ["Elections Coordinator", SUMMARY])], titles=(Title("t", INTRO),))
    senior = Title("t", "Senior Elections Coordinator")
    new = make_headed_doc([pay, ("other", "", ["Senior Elections Coordinator", SUMMARY])], new=True, titles=(senior,))
    [change] = [c for c in compare(old, new).changes if c.op != "unchanged"]
    assert change.substantive


def test_a_second_copy_dropped_is_editorial() -> None:
    support = "For technical support with the online application, call the help desk before the deadline."
    old = [("other", "How to Apply", [SUMMARY, support, "Applications close at noon.", support])]
    new = [("other", "How to Apply", [SUMMARY, support, "Applications close at noon."])]
    [change] = _changed(old, new)
    assert (change.substantive, "printed twice" in change.reasons) == (False, True)


def test_a_requirement_dropped_where_the_notes_repeat_it_is_substantive() -> None:
    license_ = POSTING_QUALS[1]
    old = [("minimum_qualifications", "Requirements", POSTING_QUALS), ("notes", "Notes", [license_])]
    new = [("minimum_qualifications", "Requirements", POSTING_QUALS[:1]), ("notes", "Notes", [license_])]
    [change] = _changed(old, new)
    assert (change.op, change.substantive) == ("removed", True)


def test_a_sentence_printed_twice_in_a_row_dropped_is_editorial() -> None:
    twice = "Bring photo identification to the interview. Bring photo identification to the interview."
    old = [("other", "Selection", [SUMMARY, f"{twice} Parking is free."])]
    new = [("other", "Selection", [SUMMARY, "Bring photo identification to the interview. Parking is free."])]
    [change] = _changed(old, new)
    assert (change.substantive, "printed twice" in change.reasons) == (False, True)


def test_a_field_restating_another_field_both_versions_print_is_editorial() -> None:
    """A platform's newer layout adds "Employment Type: FULL_TIME" beside "Job Type: Full-time":
    the fact was there before. A new field with a new value is still a change."""
    old_fields = ["Salary: $50,000 - $60,000 Annually", "Job Type: Full-time", "Job Number: 1234"]
    new_fields = [*old_fields[:2], "Employment Type: FULL_TIME", "Remote Work: Eligible", old_fields[2]]
    old = [("other", "Job Details", old_fields), ("duties", "Duties", POSTING_DUTIES)]
    new = [("other", "Job Details", new_fields), ("duties", "Duties", POSTING_DUTIES)]
    changes = {c.new[0].text: c for c in _changed(old, new)}
    assert (changes["Employment Type: FULL_TIME"].substantive, changes["Remote Work: Eligible"].substantive) == (
        False,
        True,
    )
    assert "restates another field" in changes["Employment Type: FULL_TIME"].reasons


def test_a_date_field_restating_a_dated_field_the_other_version_prints_is_editorial() -> None:
    """ "Date Posted: 2023-09-29" beside "Opening Date: 09/29/2023" restates it, though the older
    posting's opening date differs: the date moved in "Opening Date", which says so. A posting
    date that is not the opening date is a fact of its own."""
    old_fields = ["Salary: $50,000 - $60,000 Annually", "Opening Date: 10/04/2018", "Job Number: 1234"]
    new_fields = [old_fields[0], "Date Posted: 2023-09-29", "Opening Date: 09/29/2023", old_fields[2]]
    old = [("other", "Job Details", old_fields), ("duties", "Duties", POSTING_DUTIES)]
    new = [("other", "Job Details", new_fields), ("duties", "Duties", POSTING_DUTIES)]
    changes = {(c.new or c.old)[0].text: c for c in _changed(old, new)}
    assert changes["Date Posted: 2023-09-29"].substantive is False
    assert "restates another field" in changes["Date Posted: 2023-09-29"].reasons
    assert changes["Opening Date: 09/29/2023"].substantive is True  # the date that moved
    back = {(c.new or c.old)[0].text: c for c in _changed(new, old)}
    assert back["Date Posted: 2023-09-29"].substantive is False  # dropped again: the same

    other_day = [old_fields[0], "Date Posted: 2023-09-28", "Opening Date: 09/29/2023", old_fields[2]]
    new = [("other", "Job Details", other_day), ("duties", "Duties", POSTING_DUTIES)]
    changes = {(c.new or c.old)[0].text: c for c in _changed(old, new)}
    assert changes["Date Posted: 2023-09-28"].substantive is True
