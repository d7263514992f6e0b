"""Requirement changes from hand-made requirement lists: one change per fact, a readable summary."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.diff import compare
from specdiff.diff.requirements import requirement_changes
from specdiff.model import Requirement, Substitution
from tests.diff.docs import open_competitive, requirements_doc

T1 = "Park Ranger 1 (Coastal Region)"


doc = requirements_doc


def oc(**facts: object) -> Requirement:
    return open_competitive(T1, **facts)


def test_a_changed_number_is_one_change_with_a_sentence() -> None:
    (change,) = requirement_changes(doc(oc(experience_years=2)), doc(oc(experience_years=6)))
    assert (change.field, change.old, change.new) == ("experience_years", 2, 6)
    assert (change.route, change.title, change.option) == ("open_competitive", T1, None)
    assert change.summary == f"Open competitive, {T1}: experience 2 → 6 years"


def test_list_items_change_one_by_one() -> None:
    changes = requirement_changes(
        doc(oc(fields=("Forestry", "Botany"), prior_titles=("Park Aide",))),
        doc(oc(fields=("Forestry", "Botany", "Marine Biology"))),
    )
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("field", None, "Marine Biology"),
        ("prior_title", "Park Aide", None),
    ]
    assert changes[0].summary.endswith("degree field added: Marine Biology")


def test_titles_match_across_spellings_and_series_facts_apply_to_every_title() -> None:
    old = doc(
        Requirement("open_competitive", "PARK RANGER 1 (CR)", experience_years=4),
        Requirement("open_competitive", None, substitutions=(Substitution("bachelor", 2),)),
    )
    new = doc(oc(experience_years=4, substitutions=(Substitution("bachelor", 2),)))
    assert requirement_changes(old, new) == ()


def test_substitution_years_changed() -> None:
    (change,) = requirement_changes(
        doc(oc(substitutions=(Substitution("master", 4),))), doc(oc(substitutions=(Substitution("master", 5),)))
    )
    assert change.field == "substitution"
    assert (change.old, change.new) == ({"education": "master", "years": 4}, {"education": "master", "years": 5})
    assert change.summary.endswith("master's degree substitutes for 4 → 5 years of experience")


def test_a_removed_alternative_reports_each_fact_gone() -> None:
    old = doc(
        Requirement("open_competitive", None, option="A", experience_years=2, education="associate"),
        Requirement("open_competitive", None, option="B", experience_years=4),
    )
    new = doc(Requirement("open_competitive", None, option="A", experience_years=2, education="associate"))
    (change,) = requirement_changes(old, new)
    assert (change.option, change.field, change.old, change.new) == ("B", "experience_years", 4, None)
    assert change.summary == "Open competitive (alternative B): experience 4 years → none"


def test_permanence_added_and_reworded_experience_kind_is_not_a_change() -> None:
    old = doc(oc(service_years=1, experience="experience in trail maintenance and park patrol"))
    new = doc(oc(service_years=1, permanent=True, experience="experience in park patrol and trail maintenance"))
    (change,) = requirement_changes(old, new)
    assert (change.field, change.old, change.new) == ("permanent", None, True)
    assert change.summary.endswith("permanent service now required")


def test_a_different_kind_of_experience_is_a_change() -> None:
    old = doc(oc(experience="clerical experience"))
    new = doc(oc(experience="experience operating heavy equipment"))
    (change,) = requirement_changes(old, new)
    assert change.field == "experience"


def test_compare_fills_requirement_changes() -> None:
    diff = compare(doc(oc(education="bachelor")), doc(oc(education="master")))
    assert [c.summary for c in diff.requirement_changes] == [
        f"Open competitive, {T1}: education bachelor's degree → master's degree"
    ]


years = st.one_of(st.none(), st.sampled_from([0.5, 1, 2, 3, 4, 6]))


@given(a=years, b=years, c=years, d=years)
def test_same_is_silent_and_swapping_swaps_old_and_new(a: float, b: float, c: float, d: float) -> None:
    x = doc(oc(experience_years=a, supervisory_years=b))
    y = doc(oc(experience_years=c, supervisory_years=d))
    assert requirement_changes(x, x) == ()
    forward = {(ch.field, ch.old, ch.new) for ch in requirement_changes(x, y)}
    backward = {(ch.field, ch.new, ch.old) for ch in requirement_changes(y, x)}
    assert forward == backward
    assert len(forward) == (a != c) + (b != d)


def test_a_series_renamed_throughout_pairs_titles_and_prior_titles() -> None:
    old = doc(
        Requirement("other", "Counselor, School for the Deaf", experience_years=1),
        Requirement(
            "other", "Supervising Counselor, School for the Deaf", prior_titles=("Counselor, School for the Deaf",)
        ),
    )
    new = doc(
        Requirement("other", "Counselor, School for the Blind", experience_years=2),
        Requirement(
            "other", "Supervising Counselor, School for the Blind", prior_titles=("Counselor, School for the Blind",)
        ),
    )
    (change,) = requirement_changes(old, new)
    assert (change.title, change.field, change.old, change.new) == (
        "Counselor, School for the Blind",
        "experience_years",
        1,
        2,
    )


def test_an_added_alternative_says_its_kind_of_experience_once() -> None:
    new = doc(oc(experience_years=3, experience="experience in trail upkeep"))
    (change,) = requirement_changes(doc(), new)
    assert change.summary == f"Open competitive, {T1}: experience none → 3 years (“experience in trail upkeep”)"


def test_a_route_one_version_does_not_print_is_one_change_with_its_facts() -> None:
    """A new open-competitive route for a title that was promotion-only is one "route added" row
    (never "experience none -> 6 years", which reads as a requirement raised); removing it is the
    reverse. A route printed on both sides keeps its per-fact rows."""
    promotion = Requirement("promotion", T1, service_years=1, prior_titles=("Park Aide",))
    new_route = oc(education="bachelor", experience_years=6, supervisory_years=2, experience="park patrol")
    (added,) = requirement_changes(doc(promotion), doc(promotion, new_route))
    assert (added.route, added.field, added.old) == ("open_competitive", "route", None)
    assert added.new["kind"] == "route"
    assert added.summary == (
        f"Open competitive, {T1}: route added (bachelor's degree; 6 years of park patrol (2 years supervisory))"
    )
    (removed,) = requirement_changes(doc(promotion, new_route), doc(promotion))
    assert (removed.field, removed.new, removed.old) == ("route", None, added.new)
    assert "route removed" in removed.summary
    both = requirement_changes(doc(promotion, oc(experience_years=2)), doc(promotion, new_route))
    assert {c.field for c in both} >= {"experience_years", "education"}
    # a title whose qualifications only one version prints: its qualifications, not a route
    warden = Requirement("other", "Park Warden", experience_years=3)
    (title,) = requirement_changes(doc(promotion), doc(promotion, warden))
    assert title.summary == "Route not stated, Park Warden: qualifications added (3 years of experience)"
