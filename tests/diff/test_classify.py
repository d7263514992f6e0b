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
        ("the documents is required", "the documents are required", "agreement"),
        ("Elections Manger", "Elections Manager", "spelling"),
        ("an autoomatic renewal", "an automatic renewal", "spelling"),
        ("submit a résumé", "submit a resume", "accents"),
        ("at the rate of .25 of a point", "at the rate of 0.25 of a point", "number form"),
        ("six (6) months of experience", "(6) six months of experience", "number form"),
        ("two years of experience", "2 years of experience", "number form"),
        ("twenty-four months", "24 months", "number form"),
        ("a salary of $50,000.00", "a salary of $50,000", "number form"),
        ("Development and updates to web sites", "Develops and updates web sites", "noun and verb"),
        ("Production and printing of ballots", "Produces and prints ballots", "noun and verb"),
        ("Location: 80120, CO", "Location: 80120, CO, CO, 80120", "address detail"),
        ("Location: Salem, OR", "Location: Salem, OR, OR, 97309", "address detail"),
        ("Location: Halifax, NS", "Location: Halifax, NS, B3J 2R7", "address detail"),
        ("Reviews the files and reports.", "Reviews the files and reports files and reports.", "printed twice"),
        ("Benefits, click here (Download PDF reader).", "Benefits, click here.", "link annotation"),
        ("See the guide (opens in a new window) first.", "See the guide first.", "link annotation"),
        ("Read the form (PDF, 245 KB).", "Read the form (PDF, 310 KB).", "link annotation"),
        ("Performs other related duties as required.", "Performs related work as required.", "catch-all duty reworded"),
        ("Does related work as assigned.", "Perform other duties as needed", "catch-all duty reworded"),
        ("Please list your prior experience.", "EXPERIENCE: Please list your prior experience.", "run-in heading"),
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
        ("two (3) years", "two years"),  # a word and a figure that disagree
        ("within the county", "within the country"),  # two real words
        ("a lien on the property", "a line on the property"),  # a rare real word is not a typo
        ("Experience with elections", "Experience with electrons"),
        ("Reports to the director", "Reports the director"),  # "to" alone, no noun turned verb
        ("Supervises staff of two units", "Supervises staff"),
        ("may not smoke and may not drink", "may not smoke and may drink"),  # one word is no copy
        ("A degree in accounting.", "PREFERRED: A degree in accounting."),  # a label that gives a status
        ("Health Policy", "Public Health Policy"),
        ("Location: Salem, OR, 97309", "Location: Salem, OR, 97301"),  # a postal code that changed
        ("Location: Salem, OR", "Location: Portland, OR, OR, 97201"),
        ("Submit the form (PDF).", "Submit the form."),  # no link marker: the format may matter
        ("Two years (see below) of work", "Two years of work"),
        ("Performs related work as required.", "Performs related work as assigned by the Director."),
        ("Performs related work as required.", "Performs related work including supervision of staff."),
        ("Performs inspections as required.", "Performs audits as required."),  # not a catch-all
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


def test_words_that_restate_the_heading_the_clause_read_under() -> None:
    old_heading, new_heading = frozenset({"preferred", "qualifications"}), frozenset({"minimum", "qualifications"})
    verdict = judge_text(
        "Experience reporting to a board.",
        "Experience reporting to a board is preferred.",
        GLOSSARY,
        context=(old_heading, new_heading),
    )
    assert verdict.editorial and "restates its heading" in verdict.reasons
    # under the minimum qualifications on both sides, "preferred" is news
    verdict = judge_text(
        "A master's degree.", "A master's degree is preferred.", GLOSSARY, context=(new_heading, new_heading)
    )
    assert not verdict.editorial
