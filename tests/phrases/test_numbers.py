"""Number words and the quantity / degree patterns, including forms the seeds never use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specdiff.phrases.numbers import UNITS, parse_number, word_number
from specdiff.phrases.quantities import scan


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("six", 6),
        ("Eleven", 11),
        ("two (2)", 2),
        ("sixty (60)", 60),
        ("twenty-four", 24),
        ("twenty four", 24),
        ("one and one-half", 1.5),
        ("two and a half", 2.5),
        ("1 1/2", 1.5),
        ("1½", 1.5),
        ("one-half", 0.5),
        ("36", 36),
        ("(60)", 60),
    ],
)
def test_number_phrases_read_as_one_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["two (3)", "several", "two three", "", "one and several"])
def test_contradictory_or_vague_numbers_read_as_none(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=99))
def test_digits_in_brackets_agree_with_the_words(n: int) -> None:
    words = {v: k for k, v in UNITS.items() if k not in ("a", "an")}
    tens = {
        20: "twenty",
        30: "thirty",
        40: "forty",
        50: "fifty",
        60: "sixty",
        70: "seventy",
        80: "eighty",
        90: "ninety",
    }
    spelled = words.get(n) or (tens[n - n % 10] + (f"-{words[n % 10]}" if n % 10 else ""))
    assert word_number(spelled) == n
    assert parse_number(f"{spelled} ({n})") == n


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in scan(text)[0]]


def levels(text: str) -> list[str]:
    return [d.level for d in scan(text)[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 years of full-time paid experience", [(2, "year")]),
        ("completion of sixty (60) semester credit hours", [(60, "credit")]),
        ("at least 24 semester or 36 quarter units in statistics", [(24, "credit")]),
        ("students within one semester of graduation", []),
        ("Eighteen months of experience", [(1.5, "year")]),
        ("three months' experience as a trainee", [(0.25, "year")]),
        ("one and one-half years of college", [(1.5, "year")]),
        ("a three-year apprenticeship", [(3, "year")]),
        ("four\n(4) years of\nexperience", [(4, "year")]),
        ("one additional year", [(1, "year")]),
    ],
)
def test_quantities_with_units(text: str, expected: list[tuple[float, str]]) -> None:
    assert quantities(text) == expected


def test_additional_year_is_flagged() -> None:
    (q,) = scan("may replace one additional year of the work")[0]
    assert q.additional and q.value == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an Associate's degree in drafting", ["associate"]),
        ("Equivalent to completion of a two-year college associate degree", ["associate", "associate"]),
        ("a baccalaureate degree", ["bachelor"]),
        ("Graduation from an accredited four-year college or university", ["bachelor"]),
        ("a Master of Science in Nursing", ["master"]),
        ("a masters degree", ["master"]),
        ("a doctor's degree in chemistry", ["doctorate"]),
        ("a Ph.D. in economics", ["doctorate"]),
        ("graduation from high school or possession of an equivalency diploma", ["high_school", "high_school"]),
        ("completion of the twelfth grade", ["high_school"]),
        ("to master the work", []),
    ],
)
def test_degree_levels(text: str, expected: list[str]) -> None:
    assert levels(text) == expected


def test_a_number_inside_a_degree_phrase_is_not_a_quantity() -> None:
    assert quantities("Graduation from a four-year college") == []
