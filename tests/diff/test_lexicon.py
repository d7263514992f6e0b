"""Spelling corrections against spaCy's word list: a non-word to a close real word is a typo
fixed; a change between two real words is a change of meaning."""

from __future__ import annotations

import pytest

from specdiff.diff.lexicon import UNKNOWN, close_spelling, known, log_frequency, spelling_fix
from specdiff.diff.normalize import number_form


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("manger", "manager"),  # a dictionary word, but some 75 times rarer: a slip
        ("autoomatic", "automatic"),
        ("managament", "management"),
        ("recieve", "receive"),
        ("certitification", "certification"),  # two letters in a long word
        ("management", "managament"),  # a typo introduced is no change of meaning either
    ],
)
def test_spelling_fixes(old: str, new: str) -> None:
    assert spelling_fix(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("may", "must"),
        ("county", "country"),
        ("lien", "line"),
        ("affect", "effect"),
        ("then", "than"),
        ("hourly", "hour"),
        ("senior", "junior"),
        ("ensure", "ensures"),  # an inflection, judged by its own rule
        ("cppo", "cppb"),  # two unknown codes
    ],
)
def test_real_word_changes_are_not_spelling_fixes(old: str, new: str) -> None:
    assert not spelling_fix(old, new)


def test_frequencies_and_the_dictionary() -> None:
    assert log_frequency("the") > log_frequency("manager") > log_frequency("manger") > UNKNOWN
    assert log_frequency("autoomatic") == UNKNOWN
    assert known("manager") and known("online") and not known("managament")


def test_close_spelling_allows_two_edits_only_in_long_words() -> None:
    assert close_spelling("manger", "manager")
    assert close_spelling("form", "from")  # a swap is one edit (and both are words: no fix)
    assert not close_spelling("hourly", "hour")
    assert close_spelling("certitification", "certification")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("six (6) months", "six months"),
        ("(6) six months", "six months"),
        ("twenty-four (24) months", "twenty-four months"),
        ("two (3) years", "two (3) years"),
        ("at the rate of .25 of a point", "at the rate of 0.25 of a point"),
        ("$50,000.00 a year", "$50,000 a year"),
        ("version 1.5", "version 1.5"),
    ],
)
def test_number_form(text: str, form: str) -> None:
    assert number_form(text) == form
