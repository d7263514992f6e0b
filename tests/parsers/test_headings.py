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
        ("Additional Desirable Qualification", "preferred_qualifications"),
        ("PREFERRED QUALIFICATIONS", "preferred_qualifications"),
        ("Desirable", "preferred_qualifications"),
        ("SELECTIVE CERTIFICATION", "selective_certification"),
        ("CERTIFICATION", "selective_certification"),
        ("LICENSES/CERTIFICATIONS", "minimum_qualifications"),
        ("QUALIFICATIONS REVIEW", "qualifications_review"),
        ("Supplemental Questions", "supplemental_questions"),
        ("Conditions of Employment", "conditions_of_employment"),
        ("PRE-EMPLOYMENT ADDITIONAL REQUIREMENTS", "conditions_of_employment"),
        ("Drug Testing Requirement", "conditions_of_employment"),
        ("Sensory Requirements", "conditions_of_employment"),
        ("Special Requirements", "conditions_of_employment"),
        ("Sign Language Requirements", "minimum_qualifications"),
        ("EDUCATION:", "minimum_qualifications"),
        ("Experience", "minimum_qualifications"),
        ("Essential", "minimum_qualifications"),
        ("Essential criteria", "minimum_qualifications"),
        ("Essential Functions", "duties"),
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


def test_a_posting_phrase_inside_a_long_title_case_line_does_not_make_it_a_heading() -> None:
    """A duty wrapped after a capitalised word reads Title Case; "the department" inside it is
    running text, not an "About the Department" heading. The whole phrase as a heading still is."""
    assert not heading_shape("Works with the Sample Department of Parks, Office of Trails and Public")
    assert not heading_shape("Reports to the Department Head on Equal Opportunity Cases and Outcomes")
    assert heading_shape("About the Department")
    assert kind_of("About the Department") == "about"


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


def test_a_run_in_label_is_not_a_heading_by_a_lone_word() -> None:
    """ "Experience: Four years of ..." inside the qualifications stays a clause of them; only a
    line that is the word alone heads a section."""
    from specdiff.parsers.headings import inline_heading

    assert inline_heading("Experience: Four years of experience as a safety engineer.") is None
