"""Years of experience a degree partly stands in for are the years of a candidate without it:
the change says so, in its summary, its ``qualifier`` and the key-changes sentence."""

from __future__ import annotations

from specdiff.diff.requirements import requirement_changes
from specdiff.model import Requirement, RequirementChange, Substitution
from specdiff.renderers.keychanges import fact_sentence
from tests.diff.docs import open_competitive, requirements_doc

TITLE = "Grants Officer 1"


doc = requirements_doc


def oc(**facts: object) -> Requirement:
    return open_competitive(TITLE, **facts)


def _years(changes: tuple[RequirementChange, ...]) -> RequirementChange:
    return next(c for c in changes if c.field == "experience_years")


def test_years_raised_where_a_degree_now_substitutes_name_whom_they_are_for() -> None:
    old = doc(oc(education="bachelor", experience_years=2))
    new = doc(oc(experience_years=6, substitutions=(Substitution("bachelor", 4),)))
    change = _years(requirement_changes(old, new))
    assert (change.old, change.new) == (2, 6)  # the values stay what the texts print
    assert change.qualifier == "without a degree (a bachelor's degree substitutes for 4)"
    assert change.summary.endswith("experience 2 → 6 years without a degree (a bachelor's degree substitutes for 4)")
    assert fact_sentence(change) == (
        "Open competitive: experience raised from 2 years to 6 years without a degree"
        " (a bachelor's degree substitutes for 4)"
    )
    assert change.to_json()["qualifier"] == change.qualifier
    assert RequirementChange.from_json(change.to_json()) == change


def test_every_substituting_degree_is_named_and_a_change_of_relief_is_shown() -> None:
    old = doc(oc(experience_years=5, substitutions=(Substitution("associate", 1), Substitution("bachelor", 3))))
    new = doc(oc(experience_years=6, substitutions=(Substitution("associate", 1), Substitution("bachelor", 4))))
    change = _years(requirement_changes(old, new))
    assert change.qualifier == (
        "without a degree (an associate degree substitutes for 1, a bachelor's degree for 4;"
        " before: an associate degree substituted for 1, a bachelor's degree for 3)"
    )


def test_relief_on_the_old_side_only_is_said_of_the_old_years() -> None:
    old = doc(oc(experience_years=6, substitutions=(Substitution("bachelor", 4, whole=False),)))
    new = doc(oc(education="bachelor", experience_years=2))
    change = _years(requirement_changes(old, new))
    assert change.qualifier == "(the old years were without a degree: a bachelor's degree substituted for 4)"
    assert "lowered from 6 years to 2 years (the old years were without a degree" in fact_sentence(change)


def test_years_nobody_can_shorten_carry_no_qualifier() -> None:
    # the route requires the degree: a (series-wide) substitution does not shorten its years
    old = doc(oc(education="bachelor", experience_years=2, substitutions=(Substitution("master", 1),)))
    new = doc(oc(education="bachelor", experience_years=3, substitutions=(Substitution("master", 1),)))
    change = _years(requirement_changes(old, new))
    assert change.qualifier is None
    assert "qualifier" not in change.to_json()
    assert change.summary.endswith("experience 2 → 3 years")


def test_education_dropped_where_a_degree_now_qualifies_alone_says_so() -> None:
    # "At least 5 years of relevant experience; and/or A bachelor's degree ..." after "High
    # School Diploma ... Three (3) years of experience": the degree is now a way in by itself
    old = doc(oc(education="high_school", experience_years=3))
    new = doc(oc(experience_years=5, substitutions=(Substitution("bachelor", 5, whole=True),)))
    change = next(c for c in requirement_changes(old, new) if c.field == "education")
    assert (change.old, change.new) == ("high_school", None)
    assert change.summary.endswith(
        "education high school → none (a bachelor's degree substitutes for all the experience)"
    )
    assert change.qualifier == "(a bachelor's degree substitutes for all the experience)"
    assert fact_sentence(change).endswith("(a bachelor's degree substitutes for all the experience)")
    years = _years(requirement_changes(old, new))
    assert years.qualifier == "without a degree (a bachelor's degree substitutes for all of it)"
