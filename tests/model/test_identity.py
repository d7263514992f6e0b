"""One answer per question of identity: dates, status rank, title keys and title resolution,
asked by every stage the same way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from specdiff.checks.change_checks import pair_titles
from specdiff.checks.titles import title_name
from specdiff.corpus.identify import facts_of
from specdiff.ladders.views import find_title
from specdiff.model import Document, Source, Title
from specdiff.model.identity import (
    PIVOT,
    compare_dates,
    date_parts,
    full_year,
    parse_date,
    resolve_title,
    same_title,
    status_rank,
    title_key,
    title_keys,
)
from specdiff.parsers.title_names import canonical_title


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("3/50", "1950-03"),
        ("3/49", "2049-03"),
        ("5/18", "2018-05"),
        ("3/2024", "2024-03"),
        ("05/18/2018", "2018-05-18"),
        ("06-22-18", "2018-06-22"),
        ("04-08-05", "2005-04-08"),
        ("2024-03-15", "2024-03-15"),
        ("2019-03", "2019-03"),
        ("2019", "2019"),
        ("May 2018", "2018-05"),
        ("Sept. 2019", "2019-09"),
        ("May 18, 2018", "2018-05-18"),
        ("September 10, 2025", "2025-09-10"),
        ("10 Sept 2025", "2025-09-10"),
        ("13/2024", None),
        ("2/30/2020", None),
        ("sometime", None),
        ("", None),
        (None, None),
    ],
)
def test_printed_dates_read_as_iso_of_the_precision_printed(printed: str | None, iso: str | None) -> None:
    assert parse_date(printed) == iso


@given(st.integers(0, 99))
def test_two_digit_years_follow_one_fixed_pivot(year: int) -> None:
    assert full_year(year) == (2000 + year if year < PIVOT else 1900 + year)
    assert parse_date(f"3/{year:02d}") == f"{full_year(year)}-03"


@given(st.text(max_size=60))
def test_parse_date_never_raises(text: str) -> None:
    result = parse_date(text)
    assert result is None or date_parts(result)[0] >= 1800


def test_dates_compare_at_the_precision_both_print() -> None:
    assert compare_dates("2018-05", "2024-03") == 1
    assert compare_dates("2018-05", "2018-05-30") == 0
    assert compare_dates("2018", "2018-05") == 0
    assert compare_dates("2018-05-02", "2018-04-30") == -1


dates = st.builds(
    lambda y, m, d: "-".join(str(p).zfill(2) for p in (y, m, d) if p is not None),
    st.integers(1900, 2200),
    st.none() | st.integers(1, 12),
    st.none(),
)


@given(dates, dates)
def test_compare_is_antisymmetric(a: str, b: str) -> None:
    assert compare_dates(a, b) == -compare_dates(b, a)


def test_status_ranks_draft_tentative_final() -> None:
    assert [status_rank(s) for s in ("draft", "tentative", "final", None, "revised")] == [0, 1, 2, 2, 2]


CLERK = "Clerk's Aide, Grade 9"


@pytest.mark.parametrize("printed", ["Clerk's Aide", "CLERKS AIDE", "Clerk\u2019s Aide", "clerk's aide, grade 10"])
def test_one_title_key_for_the_clerks_aide(printed: str) -> None:
    assert title_key(CLERK) == "clerks aide"
    assert title_key(printed) == title_key(CLERK)
    assert same_title(printed, CLERK)


def test_title_keys_read_initials_and_ampersands() -> None:
    full = "Contract Management Specialist 1 (Health Benefit Exchange)"
    assert title_key(full) == title_key("Contract Management Specialist 1 (HBE)")
    assert "cms 1 hbe" in title_keys(full)
    assert title_key("Safety & Health Officer") == title_key("Safety and Health Officer")
    assert title_key("Personnel Supervisor, Grade 24 review") == "personnel supervisor grade 24 review"


def _clerk_document() -> Document:
    titles = (Title("ca", "Clerk's Aide", code="0042", grade="9"), Title("cl", "Clerk", code="0043", grade="11"))
    return Document(Source("clerk.txt", "0" * 64, "text/plain"), "generic", titles=titles, date="3/50")


def test_every_stage_resolves_the_clerks_aide_to_the_same_title() -> None:
    doc = _clerk_document()
    aide = doc.titles[0]
    assert resolve_title(doc.titles, CLERK) is aide
    assert resolve_title(doc.titles, "ca") is aide  # by id
    assert resolve_title(doc.titles, "Mail Clerk") is None
    assert canonical_title(doc.titles, "CLERKS AIDE, GRADE 9") == "Clerk's Aide"  # parsers
    assert title_name(doc, "clerks aide") == "Clerk's Aide"  # check
    assert find_title(doc, CLERK) is aide  # ladder
    assert title_key(CLERK) in facts_of(doc).keys  # corpus identification
    renamed = (Title("x", "CLERKS AIDE"), Title("y", "Clerk"))
    pairs, added, removed = pair_titles((Title("ca", "Clerk's Aide"), Title("cl", "Clerk")), renamed)
    assert [(a.id, b.id) for a, b in pairs] == [("ca", "x"), ("cl", "y")] and not added and not removed


def test_the_corpus_and_check_read_the_same_date() -> None:
    doc = _clerk_document()
    assert facts_of(doc).date == "1950-03" == parse_date(doc.date)
