"""Identification and ordering facts, from documents built in memory (no files)."""

from __future__ import annotations

from specdiff.corpus.identify import (
    SeriesKeys,
    clean_title,
    facts_of,
    identify,
    sort_key,
)
from specdiff.corpus.place import filed_as_of
from specdiff.ingest import read
from specdiff.model import Document, Source, Title
from specdiff.model.identity import title_key
from specdiff.parsers import parse


def _doc(text: str) -> Document:
    return parse(read(text.encode(), name="t.txt"))


def test_facts_come_from_labelled_lines_when_the_parser_gives_none() -> None:
    facts = facts_of(
        _doc("Draft Classification Standard\n\nClass Code: 1514\n\nTAX AUDITOR, GRADE 12\n\nDuties:\n\nAudits.\n\n"
             "Established 07/25/1973; Revised 08/04/1998\n")
    )  # fmt: skip
    assert facts.codes == ("1514",)
    assert facts.title == "Tax Auditor"
    assert facts.date == "1998-08-04"  # the latest labelled date: the revision
    assert facts.status == "draft"


def test_facts_prefer_what_the_parser_says() -> None:
    doc = Document(
        source=Source("x.txt", "0" * 64, "text/plain"),
        format="generic",
        titles=(Title("t1", "Contract Analyst 1", code="0001234", aliases=("CA 1",)),),
        status="tentative",
        date="2024-03",
    )
    facts = facts_of(doc)
    assert (facts.codes, facts.title, facts.date, facts.status) == (
        ("0001234",),
        "Contract Analyst 1",
        "2024-03",
        "tentative",
    )
    assert facts.keys == ("contract analyst 1", "ca 1")


def test_title_keys_ignore_case_apostrophes_and_grades() -> None:
    assert title_key("DEPARTMENT OF HEALTHS ANALYST, GRADE 18") == title_key("Department of Health's Analyst")
    assert clean_title("RECORDS CLERK OF THE COUNTY") == "Records Clerk of the County"


def test_codes_win_over_titles_and_conflicting_codes_block_a_title_match() -> None:
    known = [
        SeriesKeys("a", frozenset({"111"}), frozenset({"records clerk"})),
        SeriesKeys("b", frozenset(), frozenset({"mail clerk"})),
    ]
    base = facts_of(_doc("MAIL CLERK\n\nDate: 1/2020\n"))
    assert identify(base, known).series == "b"
    by_code = base.__class__(**{**_fields(base), "codes": ("111",)})
    assert identify(by_code, known).series == "a"  # the code outranks the title
    conflict = base.__class__(**{**_fields(base), "codes": ("999",), "keys": ("records clerk",)})
    match = identify(conflict, known)
    assert match.series is None and "--series a" in match.reason


def _fields(facts: object) -> dict[str, object]:
    return {name: getattr(facts, name) for name in facts.__slots__}  # type: ignore[attr-defined]


def test_versions_order_by_date_then_status_then_as_of() -> None:
    rows = [
        ("2021-06", "final", None, "2021-06"),
        ("2021-06", "tentative", None, "2021-06-tentative"),
        ("2019-03", "final", None, "2019-03"),
        (None, "final", "2020-01", "2020-01"),
        ("2021-06", "final", "2021-07-01", "2021-06-2"),
    ]
    ordered = [r[3] for r in sorted(rows, key=lambda r: sort_key(*r))]
    assert ordered == ["2019-03", "2020-01", "2021-06-tentative", "2021-06", "2021-06-2"]


def test_an_undated_version_is_filed_as_of_a_date_given_or_the_day_it_is_added() -> None:
    facts = facts_of(_doc("MAIL CLERK\n\nSorts mail.\n"))
    assert filed_as_of(facts, None, "2026-12-06") == ("2026-12-06", "added")
    assert filed_as_of(facts, "2020-02-03", "2026-12-06") == ("2020-02-03", "given")
    dated = facts_of(_doc("MAIL CLERK\n\nDate: 1/2020\n\nSorts mail.\n"))
    assert filed_as_of(dated, None, "2026-12-06") is None


def test_a_duty_that_drafts_something_is_not_a_draft_banner() -> None:
    text = "PERMIT CLERK\n\nDuties:\n\nDraft permit conditions.\n\nRoute draft permits.\n\nDate: 1/2020\n"
    assert facts_of(_doc(text)).status == "final"
    assert facts_of(_doc("DRAFT\n\n" + text)).status == "draft"


def test_a_capitalised_label_before_the_title_is_dropped() -> None:
    assert clean_title("POSITION SUMMARY \u2013 Health Insurance Program Coordinator") == (
        "Health Insurance Program Coordinator"
    )
    assert clean_title("RECORDS CLERK - CONFIDENTIAL") == "Records Clerk - Confidential"
