"""Status, date as printed, jurisdiction, abbreviations and footnotes."""

from __future__ import annotations

from specdiff.parsers.metadata import abbreviations, find_date, find_jurisdiction, find_status, footnotes
from specdiff.parsers.rows import to_rows

from .helpers import raw_of


def _rows(text: str):  # type: ignore[no-untyped-def]
    return to_rows(raw_of(text).lines)


def test_status_and_date_as_printed() -> None:
    rows = _rows("Draft Class Specification\nWIDGET INSPECTOR\nUpdated: 1/2/2020\nDate: 7/2023\n")
    assert find_status(rows) == "draft"
    date, fields = find_date(rows)
    assert date == "7/2023"
    assert len(fields) == 2


def test_jurisdiction_when_named() -> None:
    assert find_jurisdiction(_rows("Personnel Office\nCity of Port Harrow\n")) == "City of Port Harrow"
    assert find_jurisdiction(_rows("Ulster Valley County Department of Personnel\n")) == "Ulster Valley County"
    assert find_jurisdiction(_rows("Nothing here names a government.\n")) is None


def test_abbreviations_need_matching_initials() -> None:
    found = abbreviations(
        [
            "Tide Gauge Technicians (TGT) (Inland Waters) (IW) measure water; the Office of Marine Safety (OMS) "
            "and the Harbor Exchange (SHIP) approve it (e.g. daily).",
        ]
    )
    assert found == {"TGT": "Tide Gauge Technicians", "IW": "Inland Waters", "OMS": "Office of Marine Safety"}


def test_footnotes_become_definitions() -> None:
    defs, used = footnotes(_rows("Body text.\n[2] USC United States Code\n"))
    assert [(d.term, d.expansion, d.kind) for d in defs] == [
        ("[2]", "USC United States Code", "footnote"),
        ("USC", "United States Code", "abbreviation"),
    ]
    assert used == {1}


def test_status_word_inside_a_duty_is_not_a_status() -> None:
    rows = _rows(
        "POSITION SUMMARY – Permit Writer\n\n"
        "A.1 Draft permit conditions and fact sheets.\nA.2 Approved permits are filed."
    )
    assert find_status(rows) is None


def test_status_beside_what_the_document_is() -> None:
    for line, status in [
        ("Class Specification (Draft)", "draft"),
        ("Status: Proposed", "draft"),
        ("TENTATIVE CLASSIFICATION STANDARD", "tentative"),
        ("Final Position Description", "final"),
    ]:
        assert find_status(_rows(f"Harbor Pilot\n{line}\nDUTIES\nGuides vessels.")) == status, line


def test_revision_date_later_on_the_line_beats_establishment() -> None:
    date, _ = find_date(_rows("WIDGET INSPECTOR\nEstablished 07/25/1973; Revised 08/04/1998\n"))
    assert date == "08/04/1998"


def test_a_date_label_of_list_entries_is_not_the_documents_date() -> None:
    """Two info sessions, each with its own "date:": neither is the listing's date, and both lines
    stay clauses (a reviewer sees a session added); a date printed once still counts."""
    text = (
        "title: Senior Advisor\nopens: 2024-12-16\ninfo_sessions:\n  - link: https://example.org/a\n"
        "    date: 2024-11-19\n  - link: https://example.org/b\n    date: 2024-11-21\n"
    )
    date, fields = find_date(_rows(text))
    assert date is None
    assert fields == set()
    once, _ = find_date(_rows("WIDGET INSPECTOR\nDate: 3/2024\nDuties ...\nDate: 3/2024\n"))
    assert once == "3/2024"
