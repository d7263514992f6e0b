"""The one synonym table: headings in any case, spacing, punctuation and plural land on a kind."""

from __future__ import annotations

import pytest

from specdiff.parsers.headings import heading_shape, kind_of


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
        ("Where to Apply", "other"),
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
