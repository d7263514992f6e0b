"""Conditions of employment, preferences and questions told apart from minimums (sentences by us)."""

from __future__ import annotations

import pytest

from specdiff.parsers.requirement_conditions import condition_kind, is_answer, is_preference, is_question
from specdiff.parsers.requirement_facts import read_alternative


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Must be a citizen of the United States.", "citizenship"),
        ("Must possess and maintain a valid driver's license.", "license"),
        ("Candidates must reside within the county at the time of appointment.", "residency"),
        ("Possession of a current certificate as a Registered Dietitian.", "certificate"),
        ("Member in good standing of the Institute of Chartered Accountants.", "certificate"),
        ("Appointees must pass a background investigation and fingerprinting.", "background_check"),
        ("Applicants are required to pass a drug screening test.", "drug_test"),
        ("Must be able to lift 50 pounds.", "physical"),
        ("Bilingual ability in Spanish is required.", "language"),
        ("Must be able to work nights and weekends during election cycles.", "schedule"),
        ("Proficiency in the use of American Sign Language.", "language"),
        ("Ability to lift 50 pounds.", "physical"),
    ],
)
def test_conditions_of_employment_by_kind(sentence: str, kind: str) -> None:
    assert condition_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "For example, French language, drivers license or membership in an employment equity group.",
        "Do you have a valid driver's license?",
        "A valid CPA certificate is preferred.",
        "Two years of experience as a Licensed Vocational Nurse.",  # a title, not a licence held
        "Five years of experience in asset management.",
        "A Certificate of Achievement requiring 18 units may be substituted for the education requirement.",
        "Applicants must submit a copy of their certificate at the time of filing.",
    ],
)
def test_not_conditions(sentence: str) -> None:
    assert condition_kind(sentence) is None


def test_under_a_conditions_heading_every_sentence_is_one() -> None:
    assert condition_kind("Active participation in the county clerks' association.", section="conditions_of_employment")
    assert condition_kind("Some tasks require the ability to communicate orally.", section="conditions_of_employment")


def test_preferences_questions_and_answers() -> None:
    assert is_preference("Experience reporting to a board is preferred.")
    assert is_preference("A master's degree would be an asset.")
    assert not is_preference("Five years of experience in asset management.")
    assert not is_preference("Graduation from college is required, preferably with major work in economics.")
    assert is_question("Are you able to meet these requirements?")
    assert is_answer("Yes No If you receive a conditional offer you will be required to pass a check.")


def test_a_qualifications_text_yields_facts_conditions_and_preferences_apart() -> None:
    draft = read_alternative(
        "Bachelor's degree in Public Administration or a related field is required. Must be a US Citizen. "
        "Experience reporting to a board is preferred. Must possess a valid driver's license. "
        "Must obtain the state registrar certification within 12 months of hire. "
        "Do you have a current driver's license?",
        locate=lambda offset: "mq.1",
    )
    assert draft.education == "bachelor" and draft.fields == ["Public Administration"]
    assert [c.kind for c in draft.conditions] == ["citizenship", "license", "certificate"]
    assert [p.text for p in draft.preferred] == ["Experience reporting to a board is preferred."]
    assert not draft.unread  # "within 12 months of hire" belongs to its condition
    assert {p.clause for p in (*draft.conditions, *draft.preferred, *draft.evidence)} == {"mq.1"}


def test_a_sentence_going_on_with_a_condition_is_part_of_it() -> None:
    draft = read_alternative(
        "Applicants are required to pass a drug screening test. Testing of current employees is permitted.",
        locate=lambda offset: "coe.1",
        section="conditions_of_employment",
    )
    assert len(draft.conditions) == 1 and draft.conditions[0].text.endswith("is permitted.")


def test_under_a_preferred_heading_only_a_must_is_a_condition() -> None:
    draft = read_alternative(
        "Master's degree in Public Administration. Must possess a valid driver's license. A valid CPA certificate.",
        section="preferred_qualifications",
    )
    assert [p.text for p in draft.preferred] == [
        "Master's degree in Public Administration.",
        "A valid CPA certificate.",
    ]
    assert [c.kind for c in draft.conditions] == ["license"]
    assert draft.education is None
