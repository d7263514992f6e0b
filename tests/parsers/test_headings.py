"""The one synonym table: headings in any case, spacing, punctuation and plural land on a kind."""

from __future__ import annotations

import pytest

from specdiff.parsers.headings import heading_shape, joins_next, kind_of


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Illustrative Tasks", "duties"),
        ("ILLUSTRATIVE DUTIES:", "duties"),
        ("Typical  Work  Activities", "duties"),
        ("Examples of Duties", "duties"),
        ("KEY RESPONSIBILITIES", "duties"),
        ("Essential Functions", "duties"),
        ("Knowledge and Abilities", "knowledge_skills_abilities"),
        ("Knowledge, Skills & Abilities", "knowledge_skills_abilities"),
        ("Required Competencies", "knowledge_skills_abilities"),
        ("REQUIREMENT/MINIMUM QUALIFICATION", "minimum_qualifications"),
        ("Minimum Qualifications:", "minimum_qualifications"),
        ("Training and Experience", "minimum_qualifications"),
        ("Definition", "description"),
        ("Nature of Work", "description"),
        ("Overall Purpose", "description"),
        ("Distinguishing Features of the Class", "distinguishing_characteristics"),
        ("Definition of Levels", "distinguishing_characteristics"),
        ("NOTES", "notes"),
        ("Class History", "other"),
        ("Where to Apply", "application_process"),  # a posting section kind
        ("Additional Desirable Qualification", "other"),
    ],
)
def test_heading_synonyms_map_to_kinds(heading: str, kind: str) -> None:
    assert kind_of(heading) == kind


@pytest.mark.parametrize(
    "text", ["TYPICAL WORK ACTIVITIES:", "Knowledge and Abilities", "Examples of Work Performed", "SCOPE"]
)
def test_heading_shapes(text: str) -> None:
    assert heading_shape(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ensures cost-sharing limitations are in place for each plan.",
        "Either I",
        "1. Graduation from high school.",
        "$120,645 to $171,654",
        "Experience: Four years of experience",
        "the performance of social casework;",
    ],
)
def test_not_headings(text: str) -> None:
    assert not heading_shape(text)


@pytest.mark.parametrize(
    "text",
    [
        "Full Performance Knowledge, Skills, Abilities and Personal Characteristics",
        "full performance knowledge, skills, abilities and personal characteristics".upper(),
    ],
)
def test_long_headings_the_synonym_table_names_have_heading_shape(text: str) -> None:
    assert heading_shape(text)
    assert kind_of(text) == "knowledge_skills_abilities"


def test_long_title_case_line_the_table_does_not_name_is_not_a_heading() -> None:
    assert not heading_shape("Regional Offices Serving the Northern and Western Coastal Districts Today")


@pytest.mark.parametrize(
    ("text", "following", "joins"),
    [
        ("Knowledge, Skills, Abilities and", "Personal Characteristics", True),
        ("KNOWLEDGE, SKILLS, ABILITIES AND PERSONAL", "CHARACTERISTICS:", True),
        ("Typical Work Activities", "Minimum Qualifications", False),
        ("Harbor Operations and", "Regional Offices", False),
    ],
)
def test_wrapped_headings_join(text: str, following: str, joins: bool) -> None:
    assert joins_next(text, following) is joins
