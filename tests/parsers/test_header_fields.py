"""Header fields: a grade or code field printed without a value is still a field, not a clause."""

from __future__ import annotations

from .helpers import parse_text, texts

FILLED = """
Position/Classification Title: Harbour Records Officer
Job ID: 70001234
Pay Grade: PR 7

JOB PURPOSE

The Harbour Records Officer keeps the registers of vessels, berths and moorings for the port.

KEY ACCOUNTABILITIES

Maintains the vessel register and answers questions from harbour users.
"""


def test_a_blank_pay_grade_is_a_missing_grade_not_a_clause() -> None:
    blank = parse_text(FILLED.replace("Pay Grade: PR 7", "Pay Grade:"))
    filled = parse_text(FILLED)
    assert filled.titles[0].grade == "PR 7"
    assert blank.titles[0].grade is None
    assert not any("Pay Grade" in text for text in texts(blank))
    assert texts(blank) == texts(filled)


def test_a_pay_grade_phrase_in_body_text_stays_a_clause() -> None:
    doc = parse_text(FILLED + "\nPay grade: set by the collective agreement for the bargaining unit.\n")
    assert any("collective agreement" in text for text in texts(doc))
