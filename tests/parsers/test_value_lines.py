"""A line of figures (a salary range) above a sentence is a clause of its own."""

from __future__ import annotations

from specdiff.phrases.figures import figures_only

from .helpers import parse_text, texts

BULLETIN = """
HARBOUR RECORDS OFFICER

ANNUAL SALARY

{salary}
Candidates from the eligible list are normally appointed at the lower end of the range.

DUTIES

Keeps the registers of vessels, berths and moorings for the port.
"""


def test_a_salary_line_does_not_run_into_the_sentence_below() -> None:
    doc = parse_text(BULLETIN.format(salary="$55,916 to $81,766 and $65,897 to $96,361"))
    found = texts(doc)
    assert "$55,916 to $81,766 and $65,897 to $96,361" in found
    assert "Candidates from the eligible list are normally appointed at the lower end of the range." in found


def test_a_line_of_words_still_runs_on() -> None:
    doc = parse_text(BULLETIN.format(salary="The salary for this class is paid"))
    assert any(t.startswith("The salary for this class is paid Candidates") for t in texts(doc))


def test_figures_only() -> None:
    assert figures_only("$55,916 to $81,766 and $65,897 to $96,361")
    assert figures_only("40% - 60%")
    assert not figures_only("4.20, 4.22 and")
    assert not figures_only("$55,916 to")
    assert not figures_only("Grade 18")
    assert not figures_only("")
