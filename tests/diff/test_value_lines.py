"""A salary line replaced by another is one modified value, not a removal and an addition."""

from __future__ import annotations

from specdiff.diff import compare

from ..parsers.helpers import parse_text

BULLETIN = """
HARBOUR RECORDS OFFICER

ANNUAL SALARY

{salary}

{note}

DUTIES

Keeps the registers of vessels, berths and moorings for the port.
"""
NOTE = "Candidates from the eligible list are normally appointed at the lower end of the range."


def _diff(old_salary: str, new_salary: str, *, new_note: str = NOTE):  # type: ignore[no-untyped-def]
    old = parse_text(BULLETIN.format(salary=old_salary, note=NOTE))
    new = parse_text(BULLETIN.format(salary=new_salary, note=new_note))
    return compare(old, new)


def test_a_changed_salary_range_is_one_modified_clause() -> None:
    diff = _diff("$55,916 to $81,766", "$59,361 to $86,819")
    changed = [c for c in diff.changes if c.op != "unchanged"]
    assert [(c.op, c.substantive) for c in changed] == [("modified", True)]
    assert "55" in " ".join(changed[0].reasons) and "59" in " ".join(changed[0].reasons)


def test_two_value_lines_for_one_are_not_guessed() -> None:
    diff = _diff("$55,916 to $81,766", "$59,361 to $86,819\n\n$61,000 to $90,000")
    ops = sorted(c.op for c in diff.changes if c.op != "unchanged")
    assert ops == ["added", "added", "removed"]
