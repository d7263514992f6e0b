"""The comparison form and the glossary: each editorial rule on its own."""

from __future__ import annotations

import pytest

from specdiff.diff.glossary import Glossary, build_glossary, initials_match, inline_definitions
from specdiff.diff.normalize import comparison_form
from specdiff.model import Definition

from .docs import base_spec, make_doc

EMPTY = Glossary.of([])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Reviews PERMIT files", "reviews permit files"),  # case
        ("Reviews permit\n   files", "Reviews permit files"),  # whitespace and wrapping
        ("Reviews permit files;", "Reviews permit files."),  # punctuation
        ("the “Marketplace”", 'the "Marketplace"'),  # quote style
        ("the Department of Health’s office", "the Department of Healths office"),  # lost apostrophe
        ("\u2022 Reviews permit files", "Reviews permit files"),  # bullet glyph
        ("at 45 CFR[1] 156", "at 45 CFR 156"),  # footnote marker
    ],
)
def test_editorial_surface_differences_vanish(old: str, new: str) -> None:
    assert comparison_form(old, EMPTY) == comparison_form(new, EMPTY)


def test_substantive_words_survive() -> None:
    assert comparison_form("two years", EMPTY) != comparison_form("six years", EMPTY)
    assert comparison_form("may supervise", EMPTY) != comparison_form("must supervise", EMPTY)


def test_abbreviation_and_definition_in_place() -> None:
    glossary = Glossary.of([("CFR", "Code of Federal Regulations"), ("RC 1 (WB)", "Records Clerk 1 (Water Board)")])
    assert comparison_form("45 CFR 156", glossary) == comparison_form(
        "45 Code of Federal Regulations (CFR) 156", glossary
    )
    assert comparison_form("reports to a RC 1 (WB)", glossary) == "reports to a records clerk 1 water board"


def test_parenthetical_that_adds_meaning_is_kept() -> None:
    glossary = Glossary.of([("CFR", "Code of Federal Regulations")])
    assert "health plans" in comparison_form("dental plans (health plans)", glossary)


def test_initials_match_skips_function_words() -> None:
    assert initials_match("CFR", ["Code", "of", "Federal", "Regulations"])
    assert initials_match("NYSOH", ["New", "York", "State", "of", "Health"])
    assert not initials_match("CFR", ["Code", "Federal"])
    assert not initials_match("CMS", ["Clerical", "Staff"])


def test_inline_definitions_both_ways() -> None:
    pairs = dict(inline_definitions("Records Clerks (RC) keep files; see CFR (Code of Federal Regulations)."))
    assert pairs == {"RC": "Records Clerks", "CFR": "Code of Federal Regulations"}


def test_glossary_takes_aliases_definitions_and_footnotes() -> None:
    doc = make_doc(base_spec(), definitions=(Definition("[1]", "CFR Code of Federal Regulations", "footnote"),))
    glossary = build_glossary(doc)
    assert glossary.expand(("rc", "1", "wb")) == ("records", "clerk", "1", "water", "board")
    assert glossary.expand(("cfr",)) == ("code", "of", "federal", "regulations")


def test_longest_term_wins_and_only_whole_tokens() -> None:
    glossary = Glossary.of([("RC", "Records Clerks"), ("RC 1 (WB)", "Records Clerk 1 (Water Board)")])
    assert glossary.expand_text("an rc 1 wb and an rc and xrc") == (
        "an records clerk 1 water board and an records clerks and xrc"
    )
