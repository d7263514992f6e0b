"""Substantive or editorial: every named rule, and what no rule may forgive."""

from __future__ import annotations

import pytest

from specdiff.diff.classify import explain_hunk, judge_text
from specdiff.diff.glossary import Glossary

GLOSSARY = Glossary.of([("CFR", "Code of Federal Regulations")])


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("Reviews PERMIT files.", "Reviews permit files.", "case"),
        ("Reviews permit files;", "Reviews permit files.", "punctuation"),
        ("the “Exchange”", 'the "Exchange"', "quote style"),
        ("the Department of Health’s office", "the Department of Healths office", "apostrophe"),
        ("\u2022 Reviews permit files", "Reviews permit files", "bullet glyph"),
        ("at 45 CFR[1] 156", "at 45 CFR 156", "footnote marker"),
        ("at 45 CFR 156", "at 45 Code of Federal Regulations 156", "abbreviation"),
        ("under the direction of higher-level staff", "under the direction of a higher-level staff", "article"),
        ("ensure proposals are complete", "ensures proposals are complete", "inflection"),
        ("on-going review", "ongoing review", "hyphenation or spacing"),
        ("th e term", "the term", "hyphenation or spacing"),
        ("Reviews permit\nfiles", "Reviews permit files", "whitespace"),
    ],
)
def test_each_editorial_rule_is_named(old: str, new: str, reason: str) -> None:
    verdict = judge_text(old, new, GLOSSARY)
    assert verdict.editorial
    assert reason in verdict.reasons


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("two years of experience", "six years of experience"),
        ("may supervise staff", "must supervise staff"),
        ("can substitute for experience", "cannot substitute for experience"),
        ("reports to a director", "reports to the director"),  # an article swapped, not dropped
        ("is required", "are required"),  # suppletive forms never reach the lemmatizer
        ("Health Policy", "Public Health Policy"),
    ],
)
def test_anything_unnamed_is_substantive(old: str, new: str) -> None:
    verdict = judge_text(old, new, GLOSSARY)
    assert not verdict.editorial
    assert verdict.reasons and verdict.reasons[0].startswith("words")


def test_substantive_reason_quotes_the_words() -> None:
    verdict = judge_text("two years", "six years", GLOSSARY)
    assert verdict.reasons == ('words changed: "two" -> "six"',)


def test_identical_text_needs_no_reason() -> None:
    assert judge_text("same", "same", GLOSSARY).reasons == ()


def test_hunk_rules_compose() -> None:
    assert explain_hunk(["the", "plans"], ["plan"]) == ("article", "inflection")
    assert explain_hunk(["plan"], ["program"]) is None
