"""Who can now qualify: minimum experience by highest education, with substitutions applied."""

from __future__ import annotations

from specdiff.diff.eligibility import eligibility
from specdiff.model import Requirement, Standing, Substitution
from specdiff.model.eligibility import standing
from tests.diff.docs import open_competitive, requirements_doc

T = "Analyst 1"


def oc(**facts: object) -> Requirement:
    return open_competitive(T, **facts)


doc = requirements_doc


def test_a_required_degree_bars_lower_profiles_and_cannot_count_twice() -> None:
    req = oc(experience_years=2, education="bachelor", substitutions=(Substitution("bachelor", 4),))
    assert standing([req], "associate") == Standing(False)
    assert standing([req], "bachelor") == Standing(True, 2)


def test_substitutions_count_for_the_degrees_a_profile_holds() -> None:
    req = oc(experience_years=6, substitutions=(Substitution("bachelor", 4), Substitution("master", 5)))
    assert [
        standing([req], p).experience_years for p in ("no_degree", "associate", "bachelor", "master", "doctorate")
    ] == [
        6,
        6,
        2,
        1,
        1,
    ]


def test_a_named_degree_is_no_profile_and_an_equivalent_combination_leaves_years_open() -> None:
    req = oc(experience_years=2, substitutions=(Substitution("doctorate", 1, degree="J.D."),))
    assert standing([req], "doctorate") == Standing(True, 2)
    combined = oc(experience_years=10, education="bachelor", equivalent_combination=True)
    assert standing([combined], "no_degree") == Standing(True, None)


def test_the_best_alternative_wins() -> None:
    a = oc(option="I", experience_years=4)
    b = oc(option="II", experience_years=1, education="master")
    assert standing([a, b], "bachelor") == Standing(True, 4)
    assert standing([a, b], "master") == Standing(True, 1)


def test_a_series_substitution_is_for_routes_admitting_without_a_degree() -> None:
    series = Requirement(
        "open_competitive", None, substitutions=(Substitution("bachelor", 4), Substitution("master", 5))
    )
    old = doc(oc(experience_years=2, education="bachelor"), series)
    new = doc(oc(experience_years=6, substitutions=(Substitution("bachelor", 4), Substitution("master", 5))))
    rows = {r.profile: (r.old, r.new) for r in eligibility(old, new, {None: None, T: T})}
    assert rows["no_degree"] == (Standing(False), Standing(True, 6))
    assert rows["bachelor"] == (Standing(True, 2), Standing(True, 2))
    assert rows["master"] == (Standing(True, 2), Standing(True, 1))


def test_promotion_routes_are_not_judged_by_education() -> None:
    promotion = Requirement("promotion", T, service_years=1, prior_titles=("Clerk",))
    assert eligibility(doc(promotion), doc(promotion), {None: None, T: T}) == []


def test_a_side_with_no_readable_requirement_is_not_stated_not_ineligible() -> None:
    """A placeholder ("This will be updated soon.") read on the old side, years on the new: nobody
    was barred before, the text said nothing; the report says "not stated", never "not eligible"."""
    from specdiff.renderers.eligibility import standing_words, verdict

    placeholder = Requirement("not_stated", None, unread=())
    years = Requirement("not_stated", None, experience_years=1)
    rows = eligibility(doc(placeholder), doc(years), {None: None})
    assert {(r.old, r.new) for r in rows} == {(Standing(False, stated=False), Standing(True, 1))}
    assert standing_words(rows[0].old) == "not stated"
    assert verdict(rows[0].old, rows[0].new) == "requirement now stated"
    gone = eligibility(doc(years), doc(), {None: None})
    assert {standing_words(r.new) for r in gone} == {"not stated"}
    assert Standing.from_json(rows[0].old.to_json()) == rows[0].old
    assert Standing.from_json({"eligible": False, "experience_years": None}).stated  # older JSON: stated
