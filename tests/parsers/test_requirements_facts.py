"""Reading one alternative: what each quantity means from its neighbours (sentences written by us)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.model import Title
from specdiff.model.identity import same_title, title_key
from specdiff.parsers.requirement_facts import experience_kind, fields_after, read_alternative
from specdiff.parsers.title_names import canonical_title, mentioned_titles


def test_degree_fields_and_experience() -> None:
    d = read_alternative(
        "A Bachelor's degree in Geology, Hydrology, or Soil Science, and three (3) years of "
        "professional experience in groundwater monitoring."
    )
    assert d.education == "bachelor"
    assert d.fields == ["Geology", "Hydrology", "Soil Science"]
    assert d.experience_years == 3
    assert d.experience == "professional experience in groundwater monitoring"


def test_fields_keep_the_documents_spelling_and_inner_and() -> None:
    text = "a master's degree in Libary Science or Library and Information Science from an accredited school"
    start = text.index("degree") - 1
    assert fields_after(text, start) == ["Libary Science", "Library and Information Science"]


def test_slash_joined_fields_are_read_as_their_members() -> None:
    """ "public/finance administration" names two fields sharing one head; a member that is a field
    by itself ("Accounting/Business Administration") keeps its own name."""
    d = read_alternative("A bachelor's degree in Sociology, public/finance administration, or Accounting/Business Law.")
    assert d.fields == ["Sociology", "public administration", "finance administration", "Accounting", "Business Law"]
    text = "a degree in Urban/Regional Planning and three years of experience"
    assert fields_after(text, text.index("degree") + 6) == ["Urban Planning", "Regional Planning"]


def test_reference_to_a_field_list_is_not_a_field() -> None:
    d = read_alternative("A master's degree in one of the fields above may substitute for one year of experience.")
    assert d.fields == [] and d.substitution_fields == []
    assert d.substitutions == [("master", 1)]


def test_substitution_counts_on_for_additional_years() -> None:
    d = read_alternative(
        "An associate degree may substitute for two years of the experience. A bachelor's degree may "
        "substitute for two additional years."
    )
    assert d.substitutions == [("associate", 2), ("bachelor", 4)]
    assert d.education is None


def test_supervisory_and_managerial_years_follow_the_main_experience() -> None:
    d = read_alternative(
        "Eight years of engineering experience, at least three years of which must have been in a supervisory capacity."
    )
    assert (d.experience_years, d.supervisory_years) == (8, 3)
    d = read_alternative(
        "Ten years of experience in audit work. Four years of the experience must have been at a managerial level."
    )
    assert (d.experience_years, d.managerial_years) == (10, 4)


def test_service_in_prior_titles_and_permanence() -> None:
    d = read_alternative(
        "two years of permanent competitive service as a Water Plant Operator II, Senior Lab Technician, "
        "or Chemist (Environmental)."
    )
    assert d.service_years == 2 and d.permanent is True
    assert d.prior_titles == ["Water Plant Operator II", "Senior Lab Technician", "Chemist (Environmental)"]
    assert d.experience_years is None


def test_unstated_is_none_never_false() -> None:
    d = read_alternative("one year of service as a Clerk 2.")
    assert d.permanent is None and d.equivalent_combination is None and d.education is None


def test_traineeship_credits_and_combination() -> None:
    assert (
        read_alternative("successful completion of a three-year traineeship as an Auditor Trainee").traineeship_years
        == 3
    )
    assert (
        read_alternative("Completion of thirty (30) semester credit hours at an accredited college").credit_hours == 30
    )
    assert read_alternative("Any equivalent combination of education and experience").equivalent_combination is True


def test_years_of_college_without_credits_are_reported_not_guessed() -> None:
    d = read_alternative("Two years of college and one year of clerical experience.")
    assert d.experience_years == 1
    assert any("education without credits" in message for _, message in d.unread)


def test_an_unreadable_quantity_is_reported_with_its_offset() -> None:
    text = "Five years of inspection experience. Two years must be recent."
    d = read_alternative(text)
    assert d.experience_years == 5
    ((offset, message),) = d.unread
    assert text[offset:].startswith("Two years") and "not read" in message


def test_experience_as_listed_below_takes_the_following_paragraph() -> None:
    d = read_alternative(
        "four years of experience as described below.\nExperience in the repair of diesel engines; or experience "
        "in fleet maintenance."
    )
    assert d.experience == "Experience in the repair of diesel engines; or experience in fleet maintenance"


def test_experience_kind_stops_before_the_next_requirement() -> None:
    assert experience_kind(" of clerical experience, or completion of a business course") == "clerical experience"
    assert experience_kind(" (one season) performing field survey duties; and") == "performing field survey duties"


def test_license_in_the_documents_words() -> None:
    d = read_alternative("Possession of a valid Class B driver license issued by the state.")
    assert d.license == "Possession of a valid Class B driver license issued by the state"
    assert d.prior_titles == []


def test_titles_by_shape_after_cues() -> None:
    found = [t for _, _, t in mentioned_titles("performing the duties of an Inspector II, Range C, in state service")]
    assert found == ["Inspector II, Range C"]
    assert mentioned_titles("experience as a private contractor") == []


def test_title_keys_ignore_case_and_initialised_parentheticals() -> None:
    assert title_key("FOREST RANGER 2 (UNIFORMED PATROL)") == title_key("Forest Ranger 2 (UP)")
    assert same_title("FR 2 (UP)", "Forest Ranger 2 (Uniformed Patrol)")
    titles = [Title("t1", "Forest Ranger 2 (Uniformed Patrol)", aliases=("Ranger 2",))]
    assert canonical_title(titles, "FOREST RANGER 2 (UP)") == "Forest Ranger 2 (Uniformed Patrol)"
    assert canonical_title(titles, "Ranger 2") == "Forest Ranger 2 (Uniformed Patrol)"
    assert canonical_title(titles, "Park Aide") == "Park Aide"


WORDS = st.sampled_from(
    [
        "two",
        "(2)",
        "years",
        "of",
        "experience",
        "as",
        "a",
        "Clerk",
        "II,",
        "or",
        "bachelor's",
        "degree",
        "in",
        "Art,",
        "may",
        "substitute",
        "for",
        "one",
        "additional",
        "year;",
        "Open",
        "Competitive:",
        "EITHER",
        "(A)",
        "OR",
        "(B)",
        "months",
        "semester",
        "credit",
        "hours",
        "permanent",
        "service",
        "supervisory",
        "level",
        "1.",
        "2.",
        "I",
        "II",
        "Either",
        "Or",
        "Note:",
        "Substitution:",
        "sixty",
        "(60)",
        "and",
        "the",
        ".",
        ",",
        ";",
        "(",
        ")",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60))
def test_any_text_reads_without_error_and_never_says_false(words: list[str]) -> None:
    draft = read_alternative(" ".join(words))
    for name, value in vars(draft).items():
        assert value is not False, name
        if isinstance(value, float):
            assert value >= 0, name
    for level, years in draft.substitutions:
        assert level in ("high_school", "associate", "bachelor", "master", "doctorate") and years >= 0


def test_licence_and_experience_in_one_sentence() -> None:
    d = read_alternative(
        "Possession of a valid license to practice as a Registered Dietitian and one year of experience as a "
        "Food Service Supervisor."
    )
    assert d.license == "Possession of a valid license to practice as a Registered Dietitian"
    assert (d.experience_years, d.prior_titles) == (1, ["Food Service Supervisor"])
    held = read_alternative("candidates in possession of a recognized engineering designation, and tact.")
    assert held.license == "possession of a recognized engineering designation"


def test_a_named_degree_and_a_substitution_for_all_the_required_experience() -> None:
    d = read_alternative(
        "a master's degree in public policy or accounting may substitute for the required experience; "
        "a J.D. degree may substitute for one year of the required experience."
    )
    assert d.substitutions == [("master", None), ("doctorate", 1)]
    assert d.named_degrees == {"doctorate": "J.D."}
    assert d.substitution_fields == ["public policy", "accounting"]
    assert not d.unread


def test_every_fact_keeps_the_sentence_it_was_read_from() -> None:
    d = read_alternative(
        "Bachelor's degree. Two years of professional experience in auditing.", locate=lambda offset: f"c{offset}"
    )
    quoted = {(p.kind, p.text, p.clause) for p in d.evidence}
    assert ("education", "Bachelor's degree.", "c0") in quoted
    assert ("experience_years", "Two years of professional experience in auditing.", "c19") in quoted


def test_five_years_in_a_director_level_position_is_managerial() -> None:
    d = read_alternative(
        "Ten years of experience managing complex operations, including at least five years in a senior "
        "leadership or director-level position."
    )
    assert (d.experience_years, d.managerial_years, d.experience) == (10, 5, "experience managing complex operations")
    assert not d.unread


def test_graduation_from_a_two_year_college_is_an_associate_degree() -> None:
    d = read_alternative("Graduation from a two-year college with an associate's degree in office administration.")
    assert d.education == "associate" and d.fields == ["office administration"]
    d = read_alternative(
        "Graduation from an accredited four-year college or university and 24 semester or 36 quarter units."
    )
    assert (d.education, d.institution, d.credit_hours) == ("bachelor", "accredited four-year college", 24)
    assert d.credits == "24 semester or 36 quarter units"
