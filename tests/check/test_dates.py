"""Printed dates: the forms standards use, and comparison at the shared precision."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specdiff.check.dates import compare_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5/18", (2018, 5, None)),
        ("3/2024", (2024, 3, None)),
        ("05/18/2018", (2018, 5, 18)),
        ("06-22-18", (2018, 6, 22)),
        ("2024-03-15", (2024, 3, 15)),
        ("2019", (2019, None, None)),
        ("May 2018", (2018, 5, None)),
        ("September 10, 2025", (2025, 9, 10)),
        ("10 Sept 2025", (2025, 9, 10)),
        ("13/2024", None),
        ("sometime", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: tuple[int, int | None, int | None] | None) -> None:
    assert parse_date(text) == expected


def test_compare_at_shared_precision() -> None:
    assert compare_dates((2018, 5, None), (2024, 3, None)) == 1
    assert compare_dates((2018, 5, None), (2018, 5, 30)) == 0
    assert compare_dates((2018, None, None), (2018, 5, None)) == 0
    assert compare_dates((2018, 5, 2), (2018, 4, 30)) == -1


dates = st.tuples(st.integers(1900, 2200), st.none() | st.integers(1, 12), st.none() | st.integers(1, 28))


@given(dates, dates)
def test_compare_is_antisymmetric(a: tuple[int, int | None, int | None], b: tuple[int, int | None, int | None]) -> None:
    assert compare_dates(a, b) == -compare_dates(b, a)
