"""condition_kind asks for an obligation before naming the kind (one search instead of every
kind's pattern); the answer is the one the kind-first order gave."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.parsers import requirement_conditions as rc

WORDS = [  # pieces of sentences, joined in any order
    "a valid",
    "driver's license",
    "is required",
    "must possess",
    "shall pass",
    "background check",
    "drug screening",
    "travel",
    "18 years of age",
    "minimum age",
    "may be substituted",
    "preferred",
    "such as",
    "Do you have ?",
    "Yes No",
    "physical exam within 12 months of hire",
    "and",
    "or the",
]
SENTENCES = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)
SECTIONS = st.sampled_from(["minimum_qualifications", "conditions_of_employment", "notes", "preferred_qualifications"])


def reference(sentence: str, section: str) -> str | None:
    """condition_kind as written before: the kind first, the obligation after."""
    if (
        rc.is_question(sentence)
        or rc._HEDGE.search(sentence)
        or rc.is_preference(sentence)
        or rc._SUBSTITUTES.search(sentence)
    ):
        return None
    kind = rc._first_named(sentence)
    if section == "conditions_of_employment":
        return kind or "other"
    if kind is None or not rc._OBLIGATION.search(sentence):
        return None
    return kind


@given(SENTENCES, SECTIONS)
def test_condition_kind_as_before(sentence: str, section: str) -> None:
    assert rc.condition_kind(sentence, section=section) == reference(sentence, section)


def test_the_words_reach_every_answer() -> None:
    """The vocabulary is rich enough that the property above sees each kind of answer."""
    assert rc.condition_kind("A valid driver's license is required") == "license"
    assert rc._first_named("a driver's license") == "license"
    assert rc.condition_kind("a driver's license") is None  # named, no obligation
    assert rc.condition_kind("must travel") == "travel"
    assert rc.condition_kind("and or the", section="conditions_of_employment") == "other"
