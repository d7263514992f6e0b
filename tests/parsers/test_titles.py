"""Titles: canonical case, aliases derived from the title's own words, mentions resolved."""

from __future__ import annotations

from specdiff.parsers.titles import TitleIndex, canonical_case, derive_aliases, make_titles, slug


def test_canonical_case_from_capitals_keeps_roman_numerals_and_known_acronyms() -> None:
    assert (
        canonical_case("SENIOR WIDGET INSPECTOR II (FIELD OPERATIONS)")
        == "Senior Widget Inspector II (Field Operations)"
    )
    assert canonical_case("DIRECTOR OF GIS SERVICES", frozenset({"GIS"})) == "Director of GIS Services"
    assert canonical_case("Harbor Pilot 3 (Inland Waters)") == "Harbor Pilot 3 (Inland Waters)"


def test_aliases_from_initials_of_title_and_qualifier() -> None:
    aliases = derive_aliases("Harbor Safety Officer 2 (Inland Waters)")
    assert "HSO 2 (IW)" in aliases
    assert "Harbor Safety Officer 2 (IW)" in aliases
    assert "HSO 2 (Inland Waters)" in aliases
    assert "HARBOR SAFETY OFFICER 2 (INLAND WATERS)" in aliases


def test_defined_abbreviation_becomes_an_alias() -> None:
    aliases = derive_aliases(
        "Tide Gauge Technician 1", {"TGTs": "Tide Gauge Technicians", "XT": "Tide Gauge Technician"}
    )
    assert "XT 1" in aliases


def test_index_resolves_every_form_to_the_canonical_title() -> None:
    titles = make_titles([("HARBOR SAFETY OFFICER 1 (INLAND WATERS)", "0100", "14")])
    index = TitleIndex.of(titles)
    assert titles[0].title == "Harbor Safety Officer 1 (Inland Waters)"
    assert index.whole("hso 1 (iw)") == titles[0].title
    assert index.leading("HARBOR SAFETY OFFICER 1 (IW):  entry level") == (titles[0].title, "entry level")
    assert index.trailing("Knowledge and Skills Harbor Safety Officer 1 (Inland Waters)") is not None


def test_shared_alias_is_dropped() -> None:
    titles = make_titles([("Field Data Specialist", None, None), ("Field Data Supervisor", None, None)])
    assert all("FDS" not in t.aliases for t in titles)


def test_slugs_are_short_and_unique() -> None:
    assert slug("Harbor Safety Officer 2 (Inland Waters)") == "hso-2"
    assert slug("Office Aide (Typing)", ["oa"]) == "oa-t"


def test_title_in_a_table_row_keeps_no_cell_separator() -> None:
    from tests.parsers.helpers import parse_text

    doc = parse_text(
        """
        Tentative Classification Standard

        Occ. Code 4410110

        Harbor Pilot 1, Grade 14 | 4410110

        Harbor Pilot 2, Grade 18 | 4410120

        Brief Description of Class Series

        Harbor Pilots guide vessels through the inland waters of the State.
        """
    )
    assert [(t.title, t.code, t.grade) for t in doc.titles] == [
        ("Harbor Pilot 1", "4410110", "14"),
        ("Harbor Pilot 2", "4410120", "18"),
    ]
    assert all("|" not in alias for t in doc.titles for alias in t.aliases)


def test_code_field_above_the_title_is_a_code_not_a_title() -> None:
    from tests.parsers.helpers import parse_text

    doc = parse_text(
        """
        Occ. Code 5512300

        LOCKSMITH

        DISTINGUISHING FEATURES OF THE CLASS:

        This is skilled work in the repair of locks.

        TYPICAL WORK ACTIVITIES:

        1. Repairs locks;
        """
    )
    assert [(t.title, t.code) for t in doc.titles] == [("Locksmith", "5512300")]


def test_a_title_containing_exam_is_still_a_title() -> None:
    from tests.parsers.helpers import parse_text

    doc = parse_text(
        """
        PAYROLL EXAMINER

        DISTINGUISHING FEATURES OF THE CLASS:

        This is payroll audit work.

        TYPICAL WORK ACTIVITIES:

        1. Audits payroll records;
        """
    )
    assert [t.title for t in doc.titles] == ["Payroll Examiner"]
